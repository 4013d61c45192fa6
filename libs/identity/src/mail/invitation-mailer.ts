import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ClaimedEvent, type Locale, matchLocale, OutboxRelay, translate } from '@bluecarbon/platform';
import { IdentitySettings } from '../identity-settings';
import { INVITATION_CREATED, type InvitationMailPayload } from '../invitations/invitations.service';
import { MailTransport } from './mail-transport';

/** Delivers invitation mails from the outbox, in the invitee's language. */
@Injectable()
export class InvitationMailer implements OnModuleInit {
  private readonly logger = new Logger('InvitationMailer');

  constructor(
    private readonly relay: OutboxRelay,
    private readonly transport: MailTransport,
    private readonly settings: IdentitySettings,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.relay.register(INVITATION_CREATED, (event) => this.deliver(event));
  }

  async deliver(event: ClaimedEvent): Promise<void> {
    const payload = event.payload as unknown as InvitationMailPayload;
    if (!payload.token) {
      // Sent before and scrubbed; the relay is at-least-once, so a repeat is simply dropped.
      this.logger.warn({ eventId: event.id }, 'invitation token already removed; mail not sent again');
      return;
    }
    const locale: Locale = matchLocale(payload.locale) ?? 'en';
    const link = `${this.settings.publicWebUrl}/invitations/accept?token=${encodeURIComponent(payload.token)}`;
    const params = {
      organisation: payload.organisationName,
      inviter: payload.inviterName || translate(locale, 'mail.invitation.someone'),
      role: translate(locale, `roles.${payload.role}`),
      link,
      expires: payload.expiresAt.slice(0, 10),
    };
    await this.transport.send({
      to: payload.email,
      subject: translate(locale, 'mail.invitation.subject', params),
      text: translate(locale, 'mail.invitation.body', params),
      language: locale,
      secret: payload.token,
    });
    // The token lived in the outbox only to reach the mail: do not keep it in the database.
    await this.dataSource.query(`UPDATE outbox_event SET payload = payload - 'token' WHERE id = $1`, [event.id]);
  }
}
