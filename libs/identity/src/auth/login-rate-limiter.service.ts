import { Injectable } from '@nestjs/common';
import { type LimitState, RateLimiter } from '@bluecarbon/platform';
import { IdentitySettings } from '../identity-settings';

export type { LimitState };

/** The platform's shared counters, over the sign-in window set in LOGIN_RATE_LIMIT_WINDOW_SECONDS. */
@Injectable()
export class LoginRateLimiter {
  constructor(
    private readonly counters: RateLimiter,
    private readonly settings: IdentitySettings,
  ) {}

  hit(key: string): Promise<LimitState> {
    return this.counters.hit(key, this.settings.rateLimit.windowSeconds);
  }

  peek(key: string): Promise<LimitState> {
    return this.counters.peek(key, this.settings.rateLimit.windowSeconds);
  }

  reset(key: string): Promise<void> {
    return this.counters.reset(key);
  }
}
