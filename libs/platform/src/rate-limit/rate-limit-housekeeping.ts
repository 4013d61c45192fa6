import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RUN_OUTBOX_RELAY } from '../outbox/relay-lifecycle';
import { RateLimiter } from './rate-limiter';

const HOUR_MS = 3_600_000;

/**
 * Deletes rate-limit windows that ended a day ago, hourly, where background work runs (the
 * worker, or the API on the embedded engine: the processes that run the outbox relay). The
 * counters are the platform's, whoever counts with them.
 */
@Injectable()
export class RateLimitHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimitHousekeeping');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly limiter: RateLimiter,
    @Inject(RUN_OUTBOX_RELAY) private readonly enabled: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => {
      this.limiter.sweepExpired().catch((error: unknown) => this.logger.warn({ err: error }, 'rate-limit housekeeping failed'));
    }, HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
