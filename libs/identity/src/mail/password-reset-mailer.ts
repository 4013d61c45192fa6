import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type ClaimedEvent, type Locale, matchLocale, OutboxRelay, translate } from '@bluecarbon/platform';
import { IdentitySettings } from '../identity-settings';
import { PASSWORD_RESET_REQUESTED, PASSWORD_RESET_TTL_MINUTES, type PasswordResetMailPayload } from '../passwords/password-reset-events';
import { TokenMail } from './token-mail';

/** Mails the forgot-password link, in the account's language. */
@Injectable()
export class PasswordResetMailer implements OnModuleInit {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly tokenMail: TokenMail,
    private readonly settings: IdentitySettings,
  ) {}

  onModuleInit(): void {
    this.relay.register(PASSWORD_RESET_REQUESTED, (event) => this.deliver(event));
  }

  async deliver(event: ClaimedEvent): Promise<void> {
    const payload = event.payload as unknown as PasswordResetMailPayload;
    const locale: Locale = matchLocale(payload.locale) ?? 'en';
    await this.tokenMail.deliver(event, payload.token, (token) => {
      const params = { link: `${this.settings.publicWebUrl}/password/reset?token=${encodeURIComponent(token)}`, minutes: PASSWORD_RESET_TTL_MINUTES };
      return {
        to: payload.email,
        subject: translate(locale, 'mail.passwordReset.subject', params),
        text: translate(locale, 'mail.passwordReset.body', params),
        language: locale,
      };
    });
  }
}
