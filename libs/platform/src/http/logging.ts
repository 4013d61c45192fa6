import type { LoggerService } from '@nestjs/common';
import pino, { type Logger, type LoggerOptions } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';

const SECRET_KEY = /pass(word)?|token|secret|authorization|cookie|api[-_]?key|otp|recovery/i;
export const REDACTED = '[redacted]';

/** Replaces the value of every key that names a secret, at any depth, without mutating. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  // Class instances (requests, replies, errors) keep their getters for pino's serializers.
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? REDACTED : redactSecrets(item, depth + 1)]));
}

/** JSON logs: pino with secrets redacted by key name, wherever a caller put them. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: REDACTED },
    formatters: { log: (object) => redactSecrets(object) as Record<string, unknown> },
    // Query strings can carry one-time tokens (invitation links): log the path only.
    serializers: {
      err: serializeError,
      req: (req: { method?: string; url?: string; raw?: { url?: string } }) => ({
        method: req.method,
        path: (req.url ?? req.raw?.url ?? '').split('?')[0],
      }),
    },
  };
}

// What a database error may say about itself: where it happened, never the values involved.
const DATABASE_ERROR_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'routine'] as const;

/**
 * Errors for the log. A database error (TypeORM's QueryFailedError, the pg/PGlite driver's)
 * carries the query's parameters and a `detail` such as `Key (email)=(a@b.org) already exists`:
 * only its SQLSTATE, constraint, table, column and the parameterised SQL text are kept, and a
 * data exception's message (`invalid input syntax for type uuid: "a@b.org"`) loses its quoted value.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const fields = error as unknown as Record<string, unknown>;
  if (!('driverError' in fields || 'parameters' in fields || 'detail' in fields)) return pino.stdSerializers.err(error);
  const code = typeof fields.code === 'string' ? fields.code : '';
  const message = code.startsWith('22') ? error.message.replace(/"[^"]*"/g, '"…"') : error.message;
  const summary: Record<string, unknown> = { type: error.name, message };
  for (const field of DATABASE_ERROR_FIELDS) if (typeof fields[field] === 'string') summary[field] = fields[field];
  if (typeof fields.query === 'string') summary.query = fields.query.slice(0, 2000);
  if (error.stack) summary.stack = [`${error.name}: ${message}`, ...error.stack.split('\n').filter((line) => /^\s+at /.test(line))].join('\n');
  return summary;
}

/**
 * TypeORM's own logging through pino: its default console logger prints failed queries as
 * raw text followed by their parameters (e-mail addresses, names, tokens' hashes).
 */
/** A named prepared statement reaches the logger as the `{ name, text }` pg was given, not as a string. */
interface PreparedQuery {
  name?: string;
  text: string;
}

const queryText = (query: string | PreparedQuery): string => (typeof query === 'string' ? query : query.text).slice(0, 2000);

export class DatabaseLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  // Only errors are enabled (`logging: ['error']`); successful queries and schema builds are not logged.
  logQuery(): void {
    return undefined;
  }
  logQuerySlow(time: number, query: string | PreparedQuery): void {
    this.logger.warn({ context: 'Database', durationMs: time, query: queryText(query) }, 'slow query');
  }
  logQueryError(error: string | Error, query: string | PreparedQuery): void {
    const err = typeof error === 'string' ? { message: error } : error;
    this.logger.error({ context: 'Database', err, query: queryText(query) }, 'query failed');
  }
  logSchemaBuild(): void {
    return undefined;
  }
  logMigration(message: string): void {
    this.logger.info({ context: 'Database' }, message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.logger[level === 'warn' ? 'warn' : 'info']({ context: 'Database' }, String(message));
  }
}

export function createLogger(level: string): Logger {
  return pino(loggerOptions(level));
}

/** Routes Nest's own log lines (bootstrap, module errors) through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string) {
    this.write('error', message, context, trace);
  }
  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.write('trace', message, context);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, context?: string, trace?: string) {
    if (message && typeof message === 'object') {
      // Always a message string: without one pino takes `err.message` raw, past the serialiser
      // (a database error's message can quote a value). Nest passes `logger.warn(object, text)`
      // on as (object, text, context), so the text arrives where a trace or context would.
      this.logger[level]({ context, ...(message as object), ...(trace ? { trace } : {}) }, trace ?? context ?? '');
    } else {
      this.logger[level]({ context, ...(trace ? { trace } : {}) }, String(message));
    }
  }
}
