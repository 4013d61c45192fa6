import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { type ActorContext, type AuthenticatedActor, Ctx, CurrentActor, SignedIn } from '@bluecarbon/identity';
import { IfMatch, Public, RequestCtx, type RequestContext, VersionedResponse } from '@bluecarbon/platform';
import { NotificationPreferencesResponse, UnsubscribeDto, UnsubscribeResponse, UpdateNotificationPreferencesDto } from '../dto/preferences.dto';
import { PreferencesService } from './preferences.service';
import { UnsubscribeService } from './unsubscribe.service';

@ApiTags('me')
@SignedIn()
@Controller('me/notification-preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @ApiOperation({ summary: 'How the signed-in user receives each kind of notification: immediately, in a daily digest, or never' })
  @VersionedResponse({ type: NotificationPreferencesResponse })
  get(@CurrentActor() actor: AuthenticatedActor): Promise<NotificationPreferencesResponse> {
    return this.preferences.get(actor.userId);
  }

  @Patch()
  @ApiOperation({ summary: 'Change the choice for some kinds (If-Match required); the others stay' })
  @VersionedResponse({ type: NotificationPreferencesResponse })
  update(@Ctx() ctx: ActorContext, @Body() body: UpdateNotificationPreferencesDto, @IfMatch() ifMatch: number): Promise<NotificationPreferencesResponse> {
    return this.preferences.update(ctx, body.choices, ifMatch);
  }
}

/** Public on purpose: a mail's link must work without signing in; the signed token is the credential. */
@ApiTags('notifications')
@Public()
@Controller('notifications/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  @Get()
  @ApiOperation({ summary: 'Follow a mail\'s unsubscribe link: that kind of notification becomes "never"; answered in the recipient\'s language' })
  @ApiOkResponse({ type: UnsubscribeResponse })
  @ApiBadRequestResponse({ description: '`unsubscribe_invalid`: not a token the portal signed' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this network; see Retry-After' })
  follow(@Query() query: UnsubscribeDto, @RequestCtx() ctx: RequestContext): Promise<UnsubscribeResponse> {
    return this.unsubscribes.unsubscribe(query.token, ctx);
  }
}
