import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MailTransport, PeopleDirectory } from '@bluecarbon/identity';
import { returnedRows } from '@bluecarbon/platform';
import type { NotificationKind } from '../domain/notification-kinds';
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
    private readonly mail: NotificationMail,
    private readonly transport: MailTransport,
  ) {}

  /** Returns how many digests this run mailed. */
  async runOnce(now: Date = new Date()): Promise<number> {
    // Every local midnight falls within the last 24 hours; whose has passed is each user's own question.
    const users: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT user_id FROM notification_digest_item WHERE sent_at IS NULL AND created_at < $1`,
      [now],
    );
    let sent = 0;
    for (const { user_id: userId } of users) {
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
      // The start of the user's day, computed by the database's time-zone rules (daylight saving included).
      const items = returnedRows<{ kind: NotificationKind; params: Record<string, string>; created_at: Date }>(
        await manager.query(
          `UPDATE notification_digest_item SET sent_at = now()
            WHERE user_id = $1 AND sent_at IS NULL
              AND created_at < (date_trunc('day', $2::timestamptz AT TIME ZONE $3) AT TIME ZONE $3)
        RETURNING kind, params, created_at`,
          [userId, now, timeZone],
        ),
      );
      // A disabled account's queue is dropped with the others' sent.
      if (!items.length || !person) return 0;
      items.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
      await this.transport.send(this.mail.digest(person, items));
      return 1;
    });
  }
}
