import { Injectable, Logger } from '@nestjs/common';
import { type ClaimedEvent, OutboxService } from './outbox.service';

/** Delivers one event somewhere (mail, webhooks). Must tolerate seeing the same id twice. */
export type OutboxHandler = (event: ClaimedEvent) => Promise<void>;

export const ANY_EVENT = '*';

/**
 * Claims due outbox events and hands each to the handlers registered for its type (and to
 * those registered for every type). An event with no handler is simply marked delivered.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private readonly handlers = new Map<string, OutboxHandler[]>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(private readonly outbox: OutboxService) {}

  register(type: string, handler: OutboxHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  /** One pass: returns how many events were processed (delivered or failed). */
  async runOnce(batchSize = 20, leaseSeconds = 60): Promise<number> {
    const events = await this.outbox.claim(batchSize, leaseSeconds);
    for (const event of events) await this.deliver(event);
    return events.length;
  }

  start(intervalMs: number): void {
    this.stopped = false;
    const tick = () => {
      this.running = this.runOnce()
        .then((count) => this.schedule(tick, count > 0 ? 0 : intervalMs))
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'outbox relay pass failed');
          this.schedule(tick, intervalMs);
        });
    };
    this.schedule(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(tick: () => void, delayMs: number): void {
    if (!this.stopped) this.timer = setTimeout(tick, delayMs);
  }

  private async deliver(event: ClaimedEvent): Promise<void> {
    const handlers = [...(this.handlers.get(event.type) ?? []), ...(this.handlers.get(ANY_EVENT) ?? [])];
    try {
      for (const handler of handlers) await handler(event);
      await this.outbox.markDelivered(event.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // As `err`, so the log's serialiser keeps a database error's values out, like everywhere else.
      this.logger.warn({ eventId: event.id, type: event.type, attempts: event.attempts, err: error }, 'outbox delivery failed');
      await this.outbox.markFailed(event, message);
    }
  }
}
