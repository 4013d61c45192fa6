import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig, type DatabaseEngine } from '../config/app-config';
import { databaseUnavailable } from '../database/database-unavailable';
import { PLATFORM_PROBLEMS, ProblemException } from '../http/problem.exception';
import { ShutdownState } from '../lifecycle/shutdown-state';

export interface Readiness {
  status: 'ok';
  database: { engine: DatabaseEngine; version: string; ctype: string };
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly shutdown: ShutdownState,
  ) {}

  async readiness(): Promise<Readiness> {
    // First: a stopping replica must leave the balancer's rotation even if the database is fine.
    if (this.shutdown.draining) throw new ProblemException(503, 'shutting_down');
    let row: { ctype: string; version: string };
    try {
      // pg_database rather than SHOW lc_ctype: that setting is gone from PostgreSQL 16 on.
      [row] = await this.dataSource.query(
        `SELECT datctype AS ctype, current_setting('server_version') AS version
           FROM pg_database WHERE datname = current_database()`,
      );
    } catch (error) {
      throw databaseUnavailable(error, 'readiness');
    }
    if (isByteLocale(row.ctype)) {
      throw PLATFORM_PROBLEMS.problem('database_locale_unsupported', { params: { ctype: row.ctype } });
    }
    return { status: 'ok', database: { engine: this.config.databaseEngine, version: row.version, ctype: row.ctype } };
  }
}

/** Under C/POSIX, pg_trgm treats every non-ASCII character as a separator. */
export function isByteLocale(ctype: string): boolean {
  return ctype === 'C' || ctype === 'POSIX';
}
