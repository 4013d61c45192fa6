import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/app-config';

export type MetricsAccess = 'served' | 'disabled' | 'token_required';

/**
 * Who may read /metrics. With METRICS_TOKEN set, whoever sends it as a bearer token; without
 * it, anyone outside production (a developer's machine) and nobody in production: the
 * figures name routes and volumes that are nobody's business, so they are off by default.
 */
export function metricsAccess(config: AppConfig, authorization: string | undefined): MetricsAccess {
  const token = config.env.METRICS_TOKEN;
  if (!token) return config.isProduction ? 'disabled' : 'served';
  const given = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
  // Digests, so the comparison takes the same time whatever the length of the guess.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token)) ? 'served' : 'token_required';
}
