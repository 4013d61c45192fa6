import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DigestJob } from './digest-job';

export const RUN_NOTIFICATION_JOBS = Symbol('RUN_NOTIFICATION_JOBS');

// Every quarter of an hour: digests go out soon after midnight, and a failed one is retried soon.
const INTERVAL_MS = 15 * 60 * 1000;

/** Runs the digest job where background work runs: the worker, or the API on the embedded engine. */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Digest');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly job: DigestJob,
    @Inject(RUN_NOTIFICATION_JOBS) private readonly enabled: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => {
      this.running = this.job
        .runOnce()
        .then((count) => count && this.logger.log(`mailed ${count} daily digest(s)`))
        .catch((error: unknown) => this.logger.error({ err: error }, 'digest job failed'));
    }, INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
