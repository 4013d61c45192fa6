import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MailTransport, PeopleDirectory, type Person, type Role } from '@bluecarbon/identity';
import { type ClaimedEvent, OutboxRelay } from '@bluecarbon/platform';
import { type Audience, DEFAULT_DELIVERY, type Notice, NOTIFYING_EVENT_TYPES, noticeOf } from '../domain/notification-kinds';
import { PreferencesService } from '../preferences/preferences.service';
import { DeliveriesRepository } from '../repositories/deliveries.repository';
import { NotificationMail } from './notification-mail';

/**
 * Turns outbox events into mail to people. The relay is at least once; the row
 * (event, recipient) in `notification_delivery` makes each recipient's mail happen once: it is
 * locked while the mail goes out and marked sent in the same transaction, so a second delivery
 * of the event, or a second worker, finds it sent. A crash between the SMTP server's
 * acceptance and the commit mails that one recipient again: at least once, never lost.
 */
@Injectable()
export class NotificationDispatcher implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly people: PeopleDirectory,
    private readonly preferences: PreferencesService,
    private readonly deliveries: DeliveriesRepository,
    private readonly mail: NotificationMail,
    private readonly transport: MailTransport,
  ) {}

  onModuleInit(): void {
    for (const type of NOTIFYING_EVENT_TYPES) this.relay.register(type, (event) => this.deliver(event));
  }

  async deliver(event: ClaimedEvent): Promise<void> {
    const notice = noticeOf(event.type, event.payload);
    if (!notice) return;
    const recipients = (await this.audienceOf(notice.audience)).filter((person) => person.id !== notice.actorId);
    // One at a time: a failure leaves those already mailed marked, and the retry skips them.
    for (const person of recipients) await this.deliverTo(event.id, notice, person);
  }

  private audienceOf(audience: Audience): Promise<Person[]> {
    const roles = audience.roles as Role[];
    return audience.scope === 'city' ? this.people.ofCity(audience.jurisdictionId, roles) : this.people.withRole(roles, audience.locales);
  }

  private async deliverTo(eventId: string, notice: Notice, person: Person): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const choice = (await this.preferences.choicesFor([person.id], notice.kind, manager)).get(person.id) ?? DEFAULT_DELIVERY;
      const delivery = await this.deliveries.claim(manager, { eventId, userId: person.id, kind: notice.kind, channel: choice });
      if (!delivery || delivery.sent_at) return;
      if (delivery.channel === 'immediately') {
        await this.transport.send(this.mail.single(person, notice));
      } else if (delivery.channel === 'daily') {
        await this.deliveries.queueForDigest(manager, { eventId, userId: person.id, kind: notice.kind, params: notice.params });
      }
      await this.deliveries.markSent(manager, eventId, person.id);
    });
  }
}
