import { Injectable } from '@nestjs/common';
import { AppConfig, Problems, RateLimiter, type RequestContext } from '@bluecarbon/platform';

const WINDOW_SECONDS = 3600;

/**
 * The application form needs no account, so it is counted per address (across every API
 * replica, in Postgres) to keep one sender from filling the steward's review queue.
 */
@Injectable()
export class ApplicationRateLimit {
  constructor(
    private readonly counters: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async count(ctx: RequestContext): Promise<void> {
    const limit = this.config.env.APPLICATIONS_PER_IP_PER_HOUR ?? (this.config.isProduction ? 20 : 10_000);
    const state = await this.counters.hit(`onboarding-apply:ip:${ctx.clientAddress}`, WINDOW_SECONDS);
    if (state.count > limit) throw Problems.tooManyRequests(state.retryAfterSeconds);
  }
}
