import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

// Reads the raw string (`obj[key]`): implicit conversion would already have made 'false' true.
const toBoolean = ({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
  const raw = obj[key];
  return typeof raw === 'string' ? ({ true: true, '1': true, false: false, '0': false }[raw.toLowerCase()] ?? raw) : raw;
};

// Types are spelled out (not inferred) because conversion from strings reads them at run time.
/**
 * Every setting the portal reads, with its default. Nothing else reads `process.env`
 * (tests and scripts excepted). The README documents each variable. Optional settings are
 * initialised to `undefined` so that they are listed among the known keys.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  HOST: string = '0.0.0.0';

  // class-validator checks decorators bottom-up: the type first, then the range.
  @Max(65535)
  @Min(0) // 0 asks the OS for a free port (tests, benchmarks)
  @IsInt()
  PORT: number = 3000;

  /** A PostgreSQL server; when unset the embedded engine (PGlite) is used. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string = undefined;

  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE: number = 10;

  /** Folder of the embedded database; `memory://` keeps it in memory (throwaway). */
  @IsString()
  PGLITE_DATA_DIR: string = './.data/pglite';

  @IsBoolean()
  @Transform(toBoolean)
  RUN_MIGRATIONS: boolean = true;

  /**
   * Run the outbox relay inside the API process. Default: on for the embedded engine (one
   * process owns the database folder), off for a server, where `apps/worker` runs it.
   */
  @IsOptional()
  @IsBoolean()
  @Transform(toBoolean)
  WORKER_IN_API?: boolean = undefined;

  @IsInt()
  @Min(50)
  @Max(60_000)
  OUTBOX_POLL_INTERVAL_MS: number = 1000;

  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  BODY_LIMIT_BYTES: number = 1024 * 1024;

  /** Comma-separated allowed origins for browsers, `*` for any; empty disables CORS. */
  @IsString()
  CORS_ORIGINS: string = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';
}
