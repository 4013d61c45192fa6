import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { returnedRows } from '@bluecarbon/platform';
import { MailedTokensRepository } from '../repositories/mailed-tokens.repository';

const HOUR_MS = 3_600_000;

/** True in the process that does background work: the worker, or the API on the embedded engine. */
export const RUNS_BACKGROUND_WORK = Symbol('RUNS_BACKGROUND_WORK');

export interface SweepResult {
  refreshTokens: number;
  sessions: number;
  enrolmentLinks: number;
  passwordResets: number;
}

/**
 * How long a password-reset link is kept once it has ended (spent or expired): long enough to
 * look into a complaint about a link that "did not work", short enough that the table holds
 * no history (the audit trail has it: `identity.password.reset_requested` and `…reset`).
 */
export const PASSWORD_RESET_RETENTION = '7 days';

/**
 * Deletes what sign-in leaves behind: refresh tokens a week after they expired or were
 * revoked (kept that long so reuse is still recognised and audited), then the sessions left
 * without any, enrolment links a day past their end, and password-reset links
 * `PASSWORD_RESET_RETENTION` past theirs (the platform sweeps its rate-limit counters itself). Runs hourly where background work runs: the worker, or the API on the
 * embedded engine.
 */
@Injectable()
export class IdentityHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('IdentityHousekeeping');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNS_BACKGROUND_WORK) private readonly enabled: boolean,
    private readonly links: MailedTokensRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.warn({ err: error }, 'identity housekeeping failed'));
    }, HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<SweepResult> {
    const tokens = returnedRows(
      await this.dataSource.query(
        `DELETE FROM refresh_token
          WHERE expires_at < now() - interval '7 days' OR revoked_at < now() - interval '7 days'
        RETURNING id`,
      ),
    );
    // A session outlives its refresh tokens by nothing; one without any (an enrolment-only
    // sign-in) is kept a day, past the longest access token that may name it.
    const sessions = returnedRows(
      await this.dataSource.query(
        `DELETE FROM auth_session s
          WHERE s.created_at < now() - interval '1 day'
            AND NOT EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = s.id)
        RETURNING id`,
      ),
    );
    return {
      refreshTokens: tokens.length,
      sessions: sessions.length,
      enrolmentLinks: await this.links.sweep('mfa_enrolment_link', '1 day'),
      passwordResets: await this.links.sweep('password_reset', PASSWORD_RESET_RETENTION),
    };
  }
}
