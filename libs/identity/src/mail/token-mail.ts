import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ClaimedEvent } from '@bluecarbon/platform';
import { MailTransport, type OutgoingMail } from './mail-transport';

/**
 * Mails a one-time token (an invitation, an enrolment link) carried by an outbox event, then
 * removes the token from the stored event: it lived there only to reach the mail. The relay is
 * at-least-once, so an event whose token is already gone was mailed before and is dropped.
 */
@Injectable()
export class TokenMail {
  private readonly logger = new Logger('TokenMail');

  constructor(
    private readonly transport: MailTransport,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async deliver(event: ClaimedEvent, token: string | undefined, compose: (token: string) => Omit<OutgoingMail, 'secret'>): Promise<void> {
    if (!token) {
      this.logger.warn({ eventId: event.id, type: event.type }, 'token already removed; mail not sent again');
      return;
    }
    await this.transport.send({ ...compose(token), secret: token });
    await this.dataSource.query(`UPDATE outbox_event SET payload = payload - 'token' WHERE id = $1`, [event.id]);
  }
}
