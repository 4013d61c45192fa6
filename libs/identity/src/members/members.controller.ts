import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IfMatch, VersionedResponse } from '@bluecarbon/platform';
import type { ActorContext } from '../access/actor';
import { AccessService } from '../access/access.service';
import { Ctx } from '../access/current-actor.decorator';
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
  async list(@Ctx() ctx: ActorContext, @Param() params: OrganisationParams): Promise<MemberResponse[]> {
    await this.authorise(ctx, params.organisationId);
    return this.members.list(params.organisationId);
  }

  @Get(':membershipId')
  @RequirePermission(MANAGE, 'organisation')
  @ApiOperation({ summary: 'One membership, with its ETag' })
  @VersionedResponse({ type: MemberResponse })
  async get(@Ctx() ctx: ActorContext, @Param() params: MemberParams): Promise<MemberResponse> {
    await this.authorise(ctx, params.organisationId);
    return this.members.get(params.organisationId, params.membershipId);
  }

  @Patch(':membershipId')
  @RequirePermission(MANAGE, 'organisation')
  @ApiOperation({ summary: "Change a member's role or locales; If-Match (the membership's version) required" })
  @VersionedResponse({ type: MemberResponse })
  async update(@Ctx() ctx: ActorContext, @Param() params: MemberParams, @Body() body: UpdateMemberDto, @IfMatch() expected: number): Promise<MemberResponse> {
    await this.authorise(ctx, params.organisationId);
    return this.members.update(ctx, params.organisationId, params.membershipId, expected, body);
  }

  @Post(':membershipId/disable')
  @HttpCode(200)
  @RequirePermission(MANAGE, 'organisation')
  @ApiOperation({ summary: "Disable the member's account: every session ends at once (they must belong to no organisation you do not manage)" })
  @ApiOkResponse({ type: MemberResponse })
  async disable(@Ctx() ctx: ActorContext, @Param() params: MemberParams): Promise<MemberResponse> {
    await this.authorise(ctx, params.organisationId);
    return this.members.setStatus(ctx, params.organisationId, params.membershipId, 'disabled');
  }

  @Post(':membershipId/enable')
  @HttpCode(200)
  @RequirePermission(MANAGE, 'organisation')
  @ApiOperation({ summary: "Re-enable the member's account (they sign in again)" })
  @ApiOkResponse({ type: MemberResponse })
  async enable(@Ctx() ctx: ActorContext, @Param() params: MemberParams): Promise<MemberResponse> {
    await this.authorise(ctx, params.organisationId);
    return this.members.setStatus(ctx, params.organisationId, params.membershipId, 'active');
  }

  private authorise(ctx: ActorContext, organisationId: string): Promise<void> {
    return this.access.assert(ctx, MANAGE, { kind: 'organisation', organisationId }, organisationId);
  }
}
