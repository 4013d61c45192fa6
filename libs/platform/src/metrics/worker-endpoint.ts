import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { databaseUnavailable } from '../database/database-unavailable';
import { buildProblem } from '../http/problem-document';
import { negotiateLocale } from '../i18n/negotiate-locale';
import { OutboxRelay } from '../outbox/outbox-relay';
import { metricsAccess } from './metrics-access';
import { Metrics } from './metrics';

/** Longest a running relay may go without finishing a pass or an event before it counts as stuck. */
const STALE_AFTER_MS = 5 * 60_000;

/** Why the relay is unhealthy, as a message shown in the caller's language. */
export interface RelayProblem {
  messageKey: `workerHealth.${'stopped' | 'starting' | 'stalled'}`;
  params?: { seconds: number };
}

/** Whether the worker's relay is alive: running, and it finished a pass or an event lately. */
export function relayHealth(relay: OutboxRelay, now = new Date()): { healthy: boolean; reason?: RelayProblem } {
  const { running, lastProgressAt } = relay.status();
  if (!running) return { healthy: false, reason: { messageKey: 'workerHealth.stopped' } };
  if (!lastProgressAt) return { healthy: false, reason: { messageKey: 'workerHealth.starting' } };
  const idleMs = now.getTime() - lastProgressAt.getTime();
  if (idleMs > STALE_AFTER_MS) return { healthy: false, reason: { messageKey: 'workerHealth.stalled', params: { seconds: Math.round(idleMs / 1000) } } };
  return { healthy: true };
}

/**
 * The worker's only HTTP: `GET /metrics` (same rule as the API's) and `GET /health` for the
 * container's check, on WORKER_METRICS_PORT. Answers nothing else.
 */
export async function serveWorkerEndpoints(app: INestApplicationContext, config: AppConfig): Promise<Server> {
  const metrics = app.get(Metrics);
  const relay = app.get(OutboxRelay);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const problem = (status: number, code: string, params?: Record<string, unknown>, headers?: Record<string, string>) => {
      const body = buildProblem({ status, code, params, locale: negotiateLocale(req.headers['accept-language']), instance: path });
      res.writeHead(status, { ...headers, 'Content-Type': 'application/problem+json; charset=utf-8' }).end(JSON.stringify(body));
    };
    if (req.method === 'GET' && path === '/health') {
      const health = relayHealth(relay);
      if (health.healthy) return res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok"}');
      return problem(503, 'worker_unhealthy', { reason: health.reason });
    }
    if (req.method === 'GET' && path === '/metrics') {
      const access = metricsAccess(config, req.headers.authorization);
      if (access === 'token_required') return problem(401, 'unauthorized');
      if (access === 'served') {
        return void metrics.exposition().then(
          (text) => res.writeHead(200, { 'Content-Type': metrics.contentType }).end(text),
          (error: unknown) => {
            const unavailable = databaseUnavailable(error, 'GET /metrics');
            problem(unavailable.status, unavailable.code, undefined, unavailable.options.headers);
          },
        );
      }
    }
    return problem(404, 'route_not_found', { method: req.method, path });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.env.WORKER_METRICS_PORT, config.env.HOST, resolve);
  });
  return server;
}

export function boundPort(server: Server): number {
  return (server.address() as AddressInfo).port;
}
