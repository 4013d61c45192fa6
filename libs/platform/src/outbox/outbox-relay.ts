import { Injectable, Logger, Optional } from '@nestjs/common';
import { Metrics } from '../metrics/metrics';
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
  /** Passes under way; `stop()` asks each to finish the event in hand and release the rest. */
  private readonly passes = new Set<{ stopRequested: boolean }>();

  /** When the last pass ended or the last event was settled: the worker's health check reads it. */
  private lastProgressAt: Date | null = null;

  constructor(
    private readonly outbox: OutboxService,
    @Optional() private readonly metrics?: Metrics,
  ) {}

  /** Whether the timer-driven relay is running and when it last made progress. */
  status(): { running: boolean; lastProgressAt: Date | null } {
    return { running: !this.stopped, lastProgressAt: this.lastProgressAt };
  }

  register(type: string, handler: OutboxHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  /** One pass: returns how many events were processed (delivered or failed). */
  async runOnce(batchSize = 20, leaseSeconds = 60): Promise<number> {
    const pass = { stopRequested: false };
    this.passes.add(pass);
    try {
      const events = await this.outbox.claim(batchSize, leaseSeconds);
      for (const [index, event] of events.entries()) {
        if (pass.stopRequested) {
          // Stopping: another relay takes these at once instead of after the lease.
          await this.outbox.release(events.slice(index).map((rest) => rest.id));
          return index;
        }
        await this.deliver(event);
        this.lastProgressAt = new Date();
      }
      this.lastProgressAt = new Date();
      return events.length;
    } finally {
      this.passes.delete(pass);
    }
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

  /** Finishes the delivery in hand, releases the events claimed but not started, and stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const pass of this.passes) pass.stopRequested = true;
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
      this.metrics?.outboxDeliveries.inc({ type: event.type });
    } catch (error) {
      this.metrics?.outboxFailures.inc({ type: event.type });
      const message = error instanceof Error ? error.message : String(error);
      // As `err`, so the log's serialiser keeps a database error's values out, like everywhere else.
      this.logger.warn({ eventId: event.id, type: event.type, attempts: event.attempts, err: error }, 'outbox delivery failed');
      await this.outbox.markFailed(event, message);
    }
  }
}
