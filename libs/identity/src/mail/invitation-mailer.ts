import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type ClaimedEvent, type Locale, matchLocale, OutboxRelay, translate } from '@bluecarbon/platform';
import { IdentitySettings } from '../identity-settings';
import { INVITATION_CREATED, INVITATION_RESENT, type InvitationMailPayload } from '../invitations/invitations.service';
import { TokenMail } from './token-mail';

/** Delivers invitation mails from the outbox, in the invitee's language. */
@Injectable()
export class InvitationMailer implements OnModuleInit {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly tokenMail: TokenMail,
    private readonly settings: IdentitySettings,
  ) {}

  onModuleInit(): void {
    this.relay.register(INVITATION_CREATED, (event) => this.deliver(event));
    this.relay.register(INVITATION_RESENT, (event) => this.deliver(event));
  }

  async deliver(event: ClaimedEvent): Promise<void> {
    const payload = event.payload as unknown as InvitationMailPayload;
    const locale: Locale = matchLocale(payload.locale) ?? 'en';
    await this.tokenMail.deliver(event, payload.token, (token) => {
      const params = {
        organisation: payload.organisationName,
        inviter: payload.inviterName || translate(locale, 'mail.invitation.someone'),
        role: translate(locale, `roles.${payload.role}`),
        link: `${this.settings.publicWebUrl}/invitations/accept?token=${encodeURIComponent(token)}`,
        expires: payload.expiresAt.slice(0, 10),
      };
      return {
        to: payload.email,
        subject: translate(locale, 'mail.invitation.subject', params),
        text: translate(locale, 'mail.invitation.body', params),
        language: locale,
      };
    });
  }
}
