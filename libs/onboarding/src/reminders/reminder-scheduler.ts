import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ReminderJob } from './reminder-job';

export const RUN_ONBOARDING_JOBS = Symbol('RUN_ONBOARDING_JOBS');

// Hourly, not daily: each city's day starts at its own midnight, and the ledger keeps it to
// one reminder per step and day however often the job runs.
const INTERVAL_MS = 60 * 60 * 1000;
const FIRST_RUN_DELAY_MS = 15_000;

/** Runs the reminder job where background work runs: the worker, or the API on the embedded engine. */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly job: ReminderJob,
    @Inject(RUN_ONBOARDING_JOBS) private readonly enabled: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    const tick = () => {
      this.running = this.job
        .runOnce()
        .then((count) => count && this.logger.log(`emitted ${count} step reminder(s)`))
        .catch((error: unknown) => this.logger.error({ err: error }, 'reminder job failed'));
    };
    // The first run waits a little: at start-up the demo seed may still be writing its cases.
    const first = setTimeout(() => {
      tick();
      this.timer = setInterval(tick, INTERVAL_MS);
      this.timer.unref();
    }, FIRST_RUN_DELAY_MS);
    first.unref();
    this.timer = first;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
