import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

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

  // Loopback unless told otherwise: a development checkout has demo users and a published
  // signing key, so it must not answer the network. Containers set HOST=0.0.0.0.
  @IsString()
  HOST: string = '127.0.0.1';

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

  /**
   * After SIGTERM: how long the API keeps serving (readiness already 503, every answer
   * `Connection: close`) so that load balancers stop sending before the listener closes.
   * About the balancer's health-check interval times its failure threshold.
   */
  @Max(300_000)
  @Min(0)
  @IsInt()
  SHUTDOWN_DRAIN_MS: number = 5000;

  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  BODY_LIMIT_BYTES: number = 1024 * 1024;

  /**
   * Which proxies may set X-Forwarded-For: a hop count (`1` behind one load balancer) or
   * comma-separated addresses/CIDRs. Unset: none, so `request.ip` (rate limits, audit) is the
   * socket's peer and a client cannot forge it. Never "trust all".
   */
  @IsOptional()
  @Matches(/^(\d{1,2}|[0-9A-Fa-f.:/]+(\s*,\s*[0-9A-Fa-f.:/]+)*)$/, {
    message: 'must be a hop count or comma-separated proxy addresses/CIDRs',
  })
  TRUST_PROXY?: string = undefined;

  /** Comma-separated allowed origins for browsers, `*` for any; empty disables CORS. */
  @IsString()
  CORS_ORIGINS: string = '';

  /**
   * Bearer token that `GET /metrics` (and the worker's) asks for. Unset: metrics are open
   * outside production and switched off in production.
   */
  @IsOptional()
  @IsString()
  @MinLength(16)
  METRICS_TOKEN?: string = undefined;

  /** Port of the worker's own /metrics and /health (`0` picks a free one). */
  @Max(65535)
  @Min(0)
  @IsInt()
  WORKER_METRICS_PORT: number = 9464;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  // --- methodology: the calculator -------------------------------------------------------

  /**
   * Worker threads that run calculations, off the event loop (one calculation holds one
   * thread); more wait in a bounded queue, beyond it → 503. About the cores left to the API.
   */
  @Max(64)
  @Min(1)
  @IsInt() // checked first: the type, then the range
  CALCULATION_POOL_SIZE: number = 2;

  /** Computing time one calculation may use; beyond it → 422 methodology_calculation_over_budget. */
  @Max(600_000)
  @Min(100)
  @IsInt()
  CALCULATION_TIME_BUDGET_MS: number = 10_000;

  /** Heap of one calculation thread (MiB); a calculation that needs more → 422. */
  @Max(16_384)
  @Min(32)
  @IsInt()
  CALCULATION_MEMORY_MB: number = 512;

  // --- documents ---------------------------------------------------------------------------

  /** Worker threads that segment large revisions (from 64 KiB of Markdown) off the event loop. */
  @Max(64)
  @Min(1)
  @IsInt()
  SEGMENTATION_POOL_SIZE: number = 2;

  // --- identity: sign-in, sessions, invitations, demo data -------------------------------

  /**
   * HS256 key for access tokens. Required in production; elsewhere a fixed development key is
   * used when unset (libs/identity), so a checkout runs with no configuration.
   */
  @ValidateIf((env: EnvironmentVariables) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32) // 256 bits of key for HS256
  JWT_SECRET?: string = undefined;

  /**
   * Key that seals TOTP secrets at rest (AES-256-GCM). Unset: derived from JWT_SECRET; set it
   * separately in production so that JWT_SECRET can be rotated without re-enrolling everyone.
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  MFA_ENCRYPTION_KEY?: string = undefined;

  @IsString()
  JWT_ISSUER: string = 'bluecarbon-portal';

  @IsString()
  JWT_AUDIENCE: string = 'bluecarbon-api';

  @IsInt()
  @Min(60)
  @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS: number = 30;

  /**
   * Roles that must sign in with a second factor, comma-separated (e.g. `admin,steward`).
   * Unset: `admin,steward` in production, none elsewhere (the local demo signs in by password).
   * `none` requires it of nobody (an empty value counts as unset).
   */
  @IsOptional()
  @Matches(/^(none|\s*((admin|steward|coordinator|contributor|observer|translator|reviewer)\s*(,\s*|$))+)$/, {
    message: 'must be `none` or a comma-separated list of roles',
  })
  MFA_REQUIRED_ROLES?: string = undefined;

  /** Password of the demo users (never loaded in production). Must pass the password policy. */
  @IsString()
  @MinLength(12)
  DEMO_PASSWORD: string = 'BlueCarbon-Demo-2024!';

  /** Outgoing mail, e.g. smtp://user:pass@mail.example.org:587; unset logs mails instead. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string = undefined;

  @IsString()
  MAIL_FROM: string = 'Blue Carbon Portal <no-reply@bluecarbon.local>';

  /**
   * Where the browser portal is served: links in mails point there. Unset: the API's own
   * origin, http://localhost:<PORT> (the web is served by the API); set it behind a proxy.
   */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http:// or https:// URL' })
  PUBLIC_WEB_URL?: string = undefined;

  /** The built web portal (`npm run build:web`), served at `/` when its index.html exists. */
  @IsString()
  @MinLength(1)
  WEB_DIST_DIR: string = 'apps/web/dist';

  @IsInt()
  @Min(1)
  @Max(30)
  INVITATION_TTL_DAYS: number = 7;

  @IsInt()
  @Min(1)
  @Max(86_400)
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: number = 900;

  /**
   * Sign-in attempts from one IP address per window (all replicas together). Unset: 100 in
   * production; 10000 elsewhere, where every developer and test signs in from 127.0.0.1.
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_IP?: number = undefined;

  /** Failed sign-in attempts on one account per window before it is paused. */
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_ACCOUNT: number = 10;

  // --- onboarding ------------------------------------------------------------------------

  /** Largest evidence file a partner may upload to an onboarding step (stored in Postgres). */
  @IsInt()
  @Min(1024)
  @Max(104_857_600) // bytea rows past ~100 MB strain backups and the one embedded session
  EVIDENCE_MAX_BYTES: number = 20_971_520;

  /**
   * Applications a single address may send per hour (the form needs no account). Unset: 20 in
   * production, 10000 elsewhere, where every developer and test applies from 127.0.0.1.
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  APPLICATIONS_PER_IP_PER_HOUR?: number = undefined;
}
