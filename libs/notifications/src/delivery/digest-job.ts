import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MailTransport, PeopleDirectory } from '@bluecarbon/identity';
import { DeliveriesRepository } from '../repositories/deliveries.repository';
import { NotificationMail } from './notification-mail';

/**
 * The daily digest: soon after midnight in their own time zone (a Shenzhen official's day ends
 * eleven hours before a Niterói official's), each user with notices queued on earlier days of
 * theirs gets them in one mail. Taking a user's notices marks them sent in the transaction that mails
 * them, so a second worker running the job at the same moment finds nothing left to send, and
 * a failed mail leaves them queued for the next run.
 */
@Injectable()
export class DigestJob {
  private readonly logger = new Logger('Digest');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly deliveries: DeliveriesRepository,
    private readonly mail: NotificationMail,
    private readonly transport: MailTransport,
  ) {}

  /** Returns how many digests this run mailed. */
  async runOnce(now: Date = new Date()): Promise<number> {
    // Anyone with a notice waiting; whether their day is over depends on their own zone.
    const users = await this.deliveries.usersWithQueuedNotices(this.dataSource.manager, now);
    let sent = 0;
    for (const userId of users) {
      try {
        sent += await this.sendTo(userId, now);
      } catch (error) {
        this.logger.warn({ userId, err: error }, 'digest mail failed; its notices stay queued');
      }
    }
    return sent;
  }

  private async sendTo(userId: string, now: Date): Promise<number> {
    // Read before the transaction: the embedded engine has one connection, which it holds.
    const person = await this.people.byId(userId);
    const timeZone = await this.people.timeZoneOf(userId);
    return this.dataSource.transaction(async (manager) => {
      const items = await this.deliveries.takeQueuedBeforeLocalDay(manager, userId, now, timeZone);
      // A disabled account's queue is dropped with the others' sent.
      if (!items.length || !person) return 0;
      items.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
      await this.transport.send(this.mail.digest(person, items));
      return 1;
    });
  }
}
