import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ClaimedEvent, type Locale, matchLocale, OutboxRelay, translate } from '@bluecarbon/platform';
import { IdentitySettings } from '../identity-settings';
import { type EnrolmentLinkMailPayload, MFA_ENABLED, MFA_ENROLMENT_LINK_SENT, type MfaEnabledMailPayload } from '../mfa/mfa-events';
import { MailTransport } from './mail-transport';

/** Mails the account owner about second-factor enrolment: the link that authorises it, and the notice that it happened. */
@Injectable()
export class MfaMailer implements OnModuleInit {
  private readonly logger = new Logger('MfaMailer');

  constructor(
    private readonly relay: OutboxRelay,
    private readonly transport: MailTransport,
    private readonly settings: IdentitySettings,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.relay.register(MFA_ENROLMENT_LINK_SENT, (event) => this.deliverLink(event));
    this.relay.register(MFA_ENABLED, (event) => this.deliverNotice(event));
  }

  async deliverLink(event: ClaimedEvent): Promise<void> {
    const payload = event.payload as unknown as EnrolmentLinkMailPayload;
    if (!payload.token) {
      // Sent before and scrubbed; the relay is at-least-once, so a repeat is simply dropped.
      this.logger.warn({ eventId: event.id }, 'enrolment link token already removed; mail not sent again');
      return;
    }
    const locale: Locale = matchLocale(payload.locale) ?? 'en';
    const params = {
      link: `${this.settings.publicWebUrl}/me/mfa/enrol?token=${encodeURIComponent(payload.token)}`,
      minutes: this.settings.mfaEnrolmentLinkTtlMinutes,
    };
    await this.transport.send({
      to: payload.email,
      subject: translate(locale, 'mail.mfaEnrolmentLink.subject', params),
      text: translate(locale, 'mail.mfaEnrolmentLink.body', params),
      language: locale,
      secret: payload.token,
    });
    // The token lived in the outbox only to reach the mail: do not keep it in the database.
    await this.dataSource.query(`UPDATE outbox_event SET payload = payload - 'token' WHERE id = $1`, [event.id]);
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
