import { Body, Controller, Delete, Get, Headers, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagOf } from '@bluecarbon/platform';
import type { AuthenticatedActor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { AllowDuringMfaEnrolment, SignedIn } from '../access/permission.decorator';
import { MeResponse, UpdateMeDto } from '../dto/me.dto';
import { DisableMfaDto, RecoveryCodesResponse, StartTotpDto, TotpCodeDto, TotpEnrolmentResponse } from '../dto/mfa.dto';
import { MfaService } from '../mfa/mfa.service';
import { MeService } from './me.service';

@ApiTags('me')
@SignedIn()
@Controller('me')
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly mfa: MfaService,
  ) {}

  @Get()
  @AllowDuringMfaEnrolment()
  @ApiOperation({ summary: 'The signed-in user, their memberships, locales and preferred language' })
  @ApiOkResponse({ type: MeResponse })
  async get(@CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeResponse> {
    const me = await this.me.get(actor.userId);
    reply.header('ETag', etagOf(me.version));
    return me;
  }

  @Patch()
  @ApiOperation({ summary: 'Change display name or preferred language (If-Match required)' })
  @ApiOkResponse({ type: MeResponse })
  async update(
    @CurrentActor() actor: AuthenticatedActor,
    @Body() body: UpdateMeDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    const me = await this.me.update(actor, body, ifMatch, request);
    reply.header('ETag', etagOf(me.version));
    return me;
  }

  @Post('mfa/totp')
  @HttpCode(200)
  @AllowDuringMfaEnrolment()
  @ApiOperation({
    summary: 'Start TOTP enrolment: returns the secret to put in an authenticator app',
    description:
      'In production, for a role that requires a second factor, a call without `enrolmentToken` mails the account a single-use link (30 minutes) and answers 403 `mfa_enrolment_link_sent`; call again with the token from the link.',
  })
  @ApiOkResponse({ type: TotpEnrolmentResponse })
  @ApiForbiddenResponse({ description: '`mfa_enrolment_link_sent`: an enrolment link was mailed to the account' })
  startTotp(@CurrentActor() actor: AuthenticatedActor, @Body() body: StartTotpDto, @Req() request: FastifyRequest): Promise<TotpEnrolmentResponse> {
    return this.mfa.start(actor, body?.enrolmentToken, request);
  }

  @Post('mfa/totp/confirm')
  @HttpCode(200)
  @AllowDuringMfaEnrolment()
  @ApiOperation({ summary: 'Confirm enrolment with a current code; returns single-use recovery codes once' })
  @ApiOkResponse({ type: RecoveryCodesResponse })
  confirmTotp(@CurrentActor() actor: AuthenticatedActor, @Body() body: TotpCodeDto, @Req() request: FastifyRequest): Promise<RecoveryCodesResponse> {
    return this.mfa.confirm(actor, body.code, request);
  }

  @Delete('mfa/totp')
  @HttpCode(204)
  @ApiOperation({ summary: 'Turn TOTP off (needs a current code or a recovery code; refused for roles that require MFA)' })
  @ApiNoContentResponse()
  disableTotp(@CurrentActor() actor: AuthenticatedActor, @Body() body: DisableMfaDto, @Req() request: FastifyRequest): Promise<void> {
    return this.mfa.disable(actor, body, request);
  }
}
