import { EnvironmentVariables } from './environment';

export type DatabaseEngine = 'embedded' | 'server';

/** Typed settings as the application uses them, derived once from the environment. */
export class AppConfig {
  readonly databaseEngine: DatabaseEngine;
  readonly workerInApi: boolean;
  readonly corsOrigins: string[] | '*' | null;
  /** Fastify's trustProxy: false, a hop count, or a list of proxy addresses. */
  readonly trustProxy: false | number | string;
  /** The base of links in mails, without a trailing slash (PUBLIC_WEB_URL, else the API's own origin). */
  readonly publicWebUrl: string;

  constructor(readonly env: EnvironmentVariables) {
    this.databaseEngine = env.DATABASE_URL ? 'server' : 'embedded';
    this.workerInApi = env.WORKER_IN_API ?? this.databaseEngine === 'embedded';
    this.corsOrigins = parseOrigins(env.CORS_ORIGINS);
    this.trustProxy = parseTrustProxy(env.TRUST_PROXY);
    this.publicWebUrl = (env.PUBLIC_WEB_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }
}

function parseOrigins(value: string): string[] | '*' | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (trimmed === '*') return '*';
  return trimmed
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

function parseTrustProxy(value: string | undefined): false | number | string {
  if (!value) return false;
  return /^\d+$/.test(value) ? Number(value) : value.replace(/\s+/g, '');
}
