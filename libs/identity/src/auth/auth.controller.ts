import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public, type RequestContext, RequestCtx } from '@bluecarbon/platform';
import type { ActorContext } from '../access/actor';
import { Ctx } from '../access/current-actor.decorator';
import { AllowDuringMfaEnrolment, SignedIn } from '../access/permission.decorator';
import { AcceptedResponse, ForgotPasswordDto, LoginDto, LogoutDto, RefreshDto, ResetPasswordDto, TokenResponse } from '../dto/auth.dto';
import { PasswordResets } from '../passwords/password-resets.service';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResets,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password (and a second factor when enabled)' })
  @ApiOkResponse({ type: TokenResponse })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address or on this account; see Retry-After' })
  login(@Body() body: LoginDto, @RequestCtx() ctx: RequestContext): Promise<TokenResponse> {
    return this.auth.login(body, ctx);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for new tokens (the old one is spent)' })
  @ApiOkResponse({ type: TokenResponse })
  refresh(@Body() body: RefreshDto, @RequestCtx() ctx: RequestContext): Promise<TokenResponse> {
    return this.auth.refresh(body.refreshToken, ctx);
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a password reset link (the same answer whether or not the address has an account)' })
  @ApiAcceptedResponse({ type: AcceptedResponse, description: 'If the address has an active account, a link valid 30 minutes is on its way' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address or for this e-mail; see Retry-After' })
  async forgotPassword(@Body() body: ForgotPasswordDto, @RequestCtx() ctx: RequestContext): Promise<AcceptedResponse> {
    await this.resets.request(body.email, ctx.origin);
    return { status: 'accepted' };
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  @ApiOperation({ summary: "Set a new password with a reset link's token (single use); every session of the account ends" })
  @ApiNoContentResponse()
  resetPassword(@Body() body: ResetPasswordDto, @RequestCtx() ctx: RequestContext): Promise<void> {
    return this.resets.reset(body.token, body.password, ctx.origin);
  }

  @Post('logout')
  @HttpCode(204)
  @SignedIn()
  // Signing out is never refused: a session held to enrolment (its role now needs a factor) too.
  @AllowDuringMfaEnrolment()
  @ApiOperation({ summary: 'End the session of this refresh token (or of the access token): its refresh and access tokens stop working' })
  @ApiNoContentResponse()
  logout(@Ctx() ctx: ActorContext, @Body() body: LogoutDto): Promise<void> {
    return this.auth.logout(ctx, body?.refreshToken);
  }
}
