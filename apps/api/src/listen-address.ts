import type { AppConfig } from '@bluecarbon/platform';

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/i;

/**
 * Why the address the API listens on is risky, or null. Outside production the API signs
 * tokens with a key published in the source (unless JWT_SECRET is set) and the embedded
 * engine loads demo users with a published password: other machines must not reach it.
 */
export function exposureWarning(config: AppConfig): string | null {
  if (config.isProduction || LOOPBACK.test(config.env.HOST)) return null;
  return (
    `HOST=${config.env.HOST} makes this ${config.env.NODE_ENV} API reachable from other machines, ` +
    'with demo users and, unless JWT_SECRET is set, a token-signing key published in the source. Use HOST=127.0.0.1 unless you mean it.'
  );
}
