import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type ClaimedEvent, type Locale, matchLocale, OutboxRelay, translate } from '@bluecarbon/platform';
import { IdentitySettings } from '../identity-settings';
import { type EnrolmentLinkMailPayload, MFA_ENABLED, MFA_ENROLMENT_LINK_SENT, type MfaEnabledMailPayload } from '../mfa/mfa-events';
import { MailTransport } from './mail-transport';
import { TokenMail } from './token-mail';

/** Mails the account owner about second-factor enrolment: the link that authorises it, and the notice that it happened. */
@Injectable()
export class MfaMailer implements OnModuleInit {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly transport: MailTransport,
    private readonly tokenMail: TokenMail,
    private readonly settings: IdentitySettings,
  ) {}

  onModuleInit(): void {
    this.relay.register(MFA_ENROLMENT_LINK_SENT, (event) => this.deliverLink(event));
    this.relay.register(MFA_ENABLED, (event) => this.deliverNotice(event));
  }

  async deliverLink(event: ClaimedEvent): Promise<void> {
    const payload = event.payload as unknown as EnrolmentLinkMailPayload;
    const locale: Locale = matchLocale(payload.locale) ?? 'en';
    await this.tokenMail.deliver(event, payload.token, (token) => {
      const params = {
        link: `${this.settings.publicWebUrl}/me/mfa/enrol?token=${encodeURIComponent(token)}`,
        minutes: this.settings.mfaEnrolmentLinkTtlMinutes,
      };
      return {
        to: payload.email,
        subject: translate(locale, 'mail.mfaEnrolmentLink.subject', params),
        text: translate(locale, 'mail.mfaEnrolmentLink.body', params),
        language: locale,
      };
    });
  }

  async deliverNotice(event: ClaimedEvent): Promise<void> {
    const payload = event.payload as unknown as MfaEnabledMailPayload;
    const locale: Locale = matchLocale(payload.locale) ?? 'en';
    const params = { at: `${payload.enabledAt.slice(0, 16).replace('T', ' ')} UTC` };
    await this.transport.send({
      to: payload.email,
      subject: translate(locale, 'mail.mfaEnabled.subject', params),
      text: translate(locale, 'mail.mfaEnabled.body', params),
      language: locale,
    });
  }
}
