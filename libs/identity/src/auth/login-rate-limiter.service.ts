import { Injectable } from '@nestjs/common';
import { type Admission, type LimitState, RateLimiter } from '@bluecarbon/platform';
import { IdentitySettings } from '../identity-settings';

export type { Admission, LimitState };

// The first wait after the free attempts; it doubles with every further attempt up to the window.
const FIRST_DELAY_SECONDS = 30;
// An address's failures on an account are forgotten after a day of quiet (when the hourly
// sweep deletes the row anyway).
const FORGET_AFTER_SECONDS = 86_400;

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

  /**
   * LOGIN_RATE_LIMIT_PER_ACCOUNT attempts pass at once; after them, one attempt per delay
   * (30 s, 60 s, … up to the window), until a success resets the key or it is left alone for
   * a window. A growing delay rather than a hard lock: the right password still gets in once
   * the wait is over. A key left alone for a day starts again.
   */
  admit(key: string): Promise<Admission> {
    const { windowSeconds, perAccount } = this.settings.rateLimit;
    return this.counters.admit(key, {
      freeAttempts: perAccount,
      baseDelaySeconds: Math.min(FIRST_DELAY_SECONDS, windowSeconds),
      maxDelaySeconds: windowSeconds,
      // Longer than the longest delay, or waiting it out would bring the free attempts back.
      forgetAfterSeconds: FORGET_AFTER_SECONDS,
    });
  }

  reset(key: string): Promise<void> {
    return this.counters.reset(key);
  }
}
