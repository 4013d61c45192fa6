import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public, type RequestContext, RequestCtx } from '@bluecarbon/platform';
import type { ActorContext } from '../access/actor';
import { Ctx } from '../access/current-actor.decorator';
import { AllowDuringMfaEnrolment, SignedIn } from '../access/permission.decorator';
import { LoginDto, LogoutDto, RefreshDto, TokenResponse } from '../dto/auth.dto';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

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
