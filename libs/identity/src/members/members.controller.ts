import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagOf, versionFromIfMatch } from '@bluecarbon/platform';
import { type AuthenticatedActor, requestOrigin } from '../access/actor';
import { AccessService } from '../access/access.service';
import { CurrentActor } from '../access/current-actor.decorator';
import { RequirePermission } from '../access/permission.decorator';
import { MemberParams, MemberResponse, UpdateMemberDto } from '../dto/member.dto';
import { OrganisationParams } from '../dto/params.dto';
import { MembersService } from './members.service';

/** Who may manage an organisation's people: whoever may invite into it. */
const MANAGE = 'invite';

@ApiTags('organisations')
@Controller('organisations/:organisationId/members')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly access: AccessService,
  ) {}

  @Get()
  @RequirePermission(MANAGE, 'organisation')
  @ApiOperation({ summary: "An organisation's members (admins: any; stewards and coordinators: their own)" })
  @ApiOkResponse({ type: [MemberResponse] })
  async list(@CurrentActor() actor: AuthenticatedActor, @Param() params: OrganisationParams, @Req() request: FastifyRequest): Promise<MemberResponse[]> {
    await this.authorise(actor, params.organisationId, request);
    return this.members.list(params.organisationId);
  }

  @Get(':membershipId')
  @RequirePermission(MANAGE, 'organisation')
  @ApiOperation({ summary: 'One membership, with its ETag' })
  @ApiOkResponse({ type: MemberResponse })
  async get(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: MemberParams,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MemberResponse> {
    await this.authorise(actor, params.organisationId, request);
    const member = await this.members.get(params.organisationId, params.membershipId);
    reply.header('ETag', etagOf(member.version));
    return member;
  }

  @Patch(':membershipId')
  @RequirePermission(MANAGE, 'organisation')
  @ApiOperation({ summary: "Change a member's role or locales; If-Match (the membership's version) required" })
  @ApiOkResponse({ type: MemberResponse })
  async update(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: MemberParams,
    @Body() body: UpdateMemberDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MemberResponse> {
    await this.authorise(actor, params.organisationId, request);
    const expected = versionFromIfMatch(ifMatch, 'membership');
    const member = await this.members.update(actor, requestOrigin(request), params.organisationId, params.membershipId, expected, body);
    reply.header('ETag', etagOf(member.version));
    return member;
  }

  @Post(':membershipId/disable')
  @HttpCode(200)
  @RequirePermission(MANAGE, 'organisation')
  @ApiOperation({ summary: "Disable the member's account: every session ends at once (they must belong to no organisation you do not manage)" })
  @ApiOkResponse({ type: MemberResponse })
  async disable(@CurrentActor() actor: AuthenticatedActor, @Param() params: MemberParams, @Req() request: FastifyRequest): Promise<MemberResponse> {
    await this.authorise(actor, params.organisationId, request);
    return this.members.setStatus(actor, requestOrigin(request), params.organisationId, params.membershipId, 'disabled');
  }

  @Post(':membershipId/enable')
  @HttpCode(200)
  @RequirePermission(MANAGE, 'organisation')
  @ApiOperation({ summary: "Re-enable the member's account (they sign in again)" })
  @ApiOkResponse({ type: MemberResponse })
  async enable(@CurrentActor() actor: AuthenticatedActor, @Param() params: MemberParams, @Req() request: FastifyRequest): Promise<MemberResponse> {
    await this.authorise(actor, params.organisationId, request);
    return this.members.setStatus(actor, requestOrigin(request), params.organisationId, params.membershipId, 'active');
  }

  private authorise(actor: AuthenticatedActor, organisationId: string, request: FastifyRequest): Promise<void> {
    return this.access.assert(actor, MANAGE, { kind: 'organisation', organisationId }, request, organisationId);
  }
}
