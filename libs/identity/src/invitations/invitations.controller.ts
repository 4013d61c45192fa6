import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiGoneResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent, Public, type RequestContext, RequestCtx } from '@bluecarbon/platform';
import type { ActorContext } from '../access/actor';
import { Ctx } from '../access/current-actor.decorator';
import { RequirePermission } from '../access/permission.decorator';
import { AcceptedInvitationResponse, AcceptInvitationDto, CreateInvitationDto, InvitationResponse } from '../dto/invitation.dto';
import { InvitationParams, OrganisationParams } from '../dto/params.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('organisations/:organisationId/invitations')
  @Idempotent()
  @RequirePermission('invite', 'organisation')
  @ApiOperation({ summary: "Invite an email into the organisation with a role; the mail goes out in the invitee's language" })
  @ApiCreatedResponse({ type: InvitationResponse })
  invite(@Ctx() ctx: ActorContext, @Param() params: OrganisationParams, @Body() body: CreateInvitationDto): Promise<InvitationResponse> {
    return this.invitations.invite(ctx, params.organisationId, body);
  }

  @Post('organisations/:organisationId/invitations/:invitationId/resend')
  @HttpCode(200)
  @Idempotent()
  @RequirePermission('invite', 'organisation')
  @ApiOperation({ summary: "Mail the invitation again with a new link in the invitee's language; the old link stops working" })
  @ApiOkResponse({ type: InvitationResponse })
  @ApiGoneResponse({ description: 'The invitation was accepted already' })
  resend(@Ctx() ctx: ActorContext, @Param() params: InvitationParams): Promise<InvitationResponse> {
    return this.invitations.resend(ctx, params.organisationId, params.invitationId);
  }

  // The token travels in the body, not the URL, so that it stays out of access logs.
  @Public()
  @Post('invitations/accept')
  @HttpCode(201)
  @ApiOperation({ summary: 'Accept an invitation: creates the account (with this password) and the membership' })
  @ApiCreatedResponse({ type: AcceptedInvitationResponse })
  @ApiGoneResponse({ description: 'The invitation was used already or has expired' })
  accept(@Body() body: AcceptInvitationDto, @RequestCtx() ctx: RequestContext): Promise<AcceptedInvitationResponse> {
    return this.invitations.accept(body, ctx);
  }
}
