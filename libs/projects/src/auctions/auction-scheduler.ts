import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AuctionCloseJob } from './auction-close-job';

export const RUN_AUCTION_JOBS = Symbol('RUN_AUCTION_JOBS');

// Every half minute: an auction closes (and its winner learns it) soon after its end; the
// claim makes extra runs, here or on other workers, harmless.
const INTERVAL_MS = 30_000;

/** Runs the closing job where background work runs: the worker, or the API on the embedded engine. */
@Injectable()
export class AuctionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Auctions');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly job: AuctionCloseJob,
    @Inject(RUN_AUCTION_JOBS) private readonly enabled: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => {
      this.running = this.job
        .runOnce()
        .then((count) => count && this.logger.log(`closed ${count} auction(s)`))
        .catch((error: unknown) => this.logger.error({ err: error }, 'auction close job failed'));
    }, INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
