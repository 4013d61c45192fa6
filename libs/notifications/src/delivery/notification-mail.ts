import { Injectable } from '@nestjs/common';
import type { OutgoingMail, Person } from '@bluecarbon/identity';
import { type Locale, matchLocale, translate } from '@bluecarbon/platform';
import type { NotificationKind } from '../domain/notification-kinds';
import { unsubscribeToken } from '../domain/unsubscribe-token';
import { NotificationsSettings } from '../notifications-settings';

/** A notice waiting in a digest, or about to be mailed on its own. */
export interface NoticeText {
  kind: NotificationKind;
  params: Record<string, string>;
}

/** Writes notification mails in the recipient's language, with the links they need. */
@Injectable()
export class NotificationMail {
  constructor(private readonly settings: NotificationsSettings) {}

  /** One notice, with a link to stop that kind (header and body). */
  single(person: Person, notice: NoticeText): OutgoingMail {
    const locale = localeOf(person);
    const params = this.params(locale, notice);
    const unsubscribe = this.settings.unsubscribeLink(unsubscribeToken(this.settings.unsubscribeKey, person.id, notice.kind));
    const footer = translate(locale, 'notifications.footer', {
      preferences: this.settings.preferencesLink(),
      kind: translate(locale, `notifications.kinds.${notice.kind}`),
      unsubscribe,
    });
    return {
      to: person.email,
      subject: translate(locale, `notifications.mail.${notice.kind}.subject`, params),
      text: `${translate(locale, `notifications.mail.${notice.kind}.body`, params)}\n\n-- \n${footer}`,
      language: locale,
      headers: { 'List-Unsubscribe': `<${unsubscribe}>` },
    };
  }

  /** The day's notices in one mail, oldest first. */
  digest(person: Person, notices: NoticeText[]): OutgoingMail {
    const locale = localeOf(person);
    const entries = notices.map((notice) => {
      const params = this.params(locale, notice);
      return `• ${translate(locale, `notifications.mail.${notice.kind}.subject`, params)}\n  ${params.link}`;
    });
    const footer = translate(locale, 'notifications.digest.footer', { preferences: this.settings.preferencesLink() });
    return {
      to: person.email,
      subject: translate(locale, 'notifications.digest.subject', { count: notices.length }),
      text: `${translate(locale, 'notifications.digest.intro')}\n\n${entries.join('\n\n')}\n\n-- \n${footer}`,
      language: locale,
    };
  }

  private params(locale: Locale, notice: NoticeText): Record<string, string> {
    const { path = '', decision, ...rest } = notice.params;
    return {
      ...rest,
      link: `${this.settings.publicWebUrl}${path}`,
      ...(decision ? { decision: translate(locale, `notifications.decisions.${decision}`) } : {}),
    };
  }
}

function localeOf(person: Person): Locale {
  return matchLocale(person.preferredLocale) ?? 'en';
}
