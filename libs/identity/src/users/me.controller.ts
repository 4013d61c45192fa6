import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IfMatch, VersionedResponse } from '@bluecarbon/platform';
import type { ActorContext, AuthenticatedActor } from '../access/actor';
import { Ctx, CurrentActor } from '../access/current-actor.decorator';
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
  @VersionedResponse({ type: MeResponse })
  get(@CurrentActor() actor: AuthenticatedActor): Promise<MeResponse> {
    return this.me.get(actor.userId);
  }

  @Patch()
  @ApiOperation({ summary: 'Change display name or preferred language (If-Match required)' })
  @VersionedResponse({ type: MeResponse })
  update(@Ctx() ctx: ActorContext, @Body() body: UpdateMeDto, @IfMatch() ifMatch: number): Promise<MeResponse> {
    return this.me.update(ctx, body, ifMatch);
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
  startTotp(@Ctx() ctx: ActorContext, @Body() body: StartTotpDto): Promise<TotpEnrolmentResponse> {
    return this.mfa.start(ctx, body?.enrolmentToken);
  }

  @Post('mfa/totp/confirm')
  @HttpCode(200)
  @AllowDuringMfaEnrolment()
  @ApiOperation({ summary: 'Confirm enrolment with a current code; returns single-use recovery codes once' })
  @ApiOkResponse({ type: RecoveryCodesResponse })
  confirmTotp(@Ctx() ctx: ActorContext, @Body() body: TotpCodeDto): Promise<RecoveryCodesResponse> {
    return this.mfa.confirm(ctx, body.code);
  }

  @Delete('mfa/totp')
  @HttpCode(204)
  @ApiOperation({ summary: 'Turn TOTP off (needs a current code or a recovery code; refused for roles that require MFA)' })
  @ApiNoContentResponse()
  disableTotp(@Ctx() ctx: ActorContext, @Body() body: DisableMfaDto): Promise<void> {
    return this.mfa.disable(ctx, body);
  }
}
