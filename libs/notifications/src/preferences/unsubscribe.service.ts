import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PeopleDirectory } from '@bluecarbon/identity';
import { AuditService, clientNetwork, type Locale, matchLocale, Problems, RateLimiter, type RequestContext, translate } from '@bluecarbon/platform';
import { readUnsubscribeToken } from '../domain/unsubscribe-token';
import type { NotificationKind } from '../domain/notification-kinds';
import { NotificationsSettings } from '../notifications-settings';
import { notificationsProblem } from '../notifications-problems';
import { PreferencesRepository } from '../repositories/preferences.repository';

// Per client network: plenty for people clicking links, too few to try tokens at random.
const ATTEMPTS_PER_WINDOW = 30;
const WINDOW_SECONDS = 600;

export interface Unsubscribed {
  kind: NotificationKind;
  delivery: 'never';
  locale: Locale;
  message: string;
}

/** An unsubscribe link, followed without signing in: the token is the only credential. */
@Injectable()
export class UnsubscribeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly preferences: PreferencesRepository,
    private readonly people: PeopleDirectory,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly settings: NotificationsSettings,
  ) {}

  async unsubscribe(token: string, ctx: RequestContext): Promise<Unsubscribed> {
    const attempts = await this.limiter.hit(`unsubscribe:ip:${clientNetwork(ctx.clientAddress)}`, WINDOW_SECONDS);
    if (attempts.count > ATTEMPTS_PER_WINDOW) throw Problems.tooManyRequests(attempts.retryAfterSeconds);
    const named = readUnsubscribeToken(this.settings.unsubscribeKey, token);
    const person = named && (await this.people.byId(named.userId));
    if (!named || !person) throw notificationsProblem('unsubscribe_invalid');
    await this.dataSource.transaction(async (manager) => {
      await this.preferences.setNever(manager, named.userId, named.kind);
      await this.audit.record(manager, {
        ...ctx.origin,
        actorId: named.userId,
        action: 'notifications.unsubscribed',
        subjectType: 'user',
        subjectId: named.userId,
        after: { kind: named.kind, delivery: 'never' },
      });
    });
    // Answered in the recipient's language: the mail was in it, whatever the browser says.
    const locale = matchLocale(person.preferredLocale) ?? ctx.locale;
    const kind = translate(locale, `notifications.kinds.${named.kind}`);
    return { kind: named.kind, delivery: 'never', locale, message: translate(locale, 'notifications.unsubscribed', { kind }) };
  }
}
