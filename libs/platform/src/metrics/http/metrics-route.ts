import type { FastifyInstance } from 'fastify';
import type { RefusalAudit } from '../../audit/refusal-audit';
import type { AppConfig } from '../../config/app-config';
import { sendProblem } from '../../http/problem.filter';
import { requestContextOf } from '../../http/request-context.decorator';
import { databaseUnavailable } from '../../database/database-unavailable';
import { Problems } from '../../http/problem.exception';
import { metricsAccess } from '../metrics-access';
import type { Metrics } from '../metrics';

/** Where Prometheus looks by convention: outside the versioned API and its OpenAPI document. */
export const METRICS_PATH = '/metrics';

/**
 * Counts every answer by route template (never the raw URL: ids would make a series per
 * record) and serves the exposition. In production without METRICS_TOKEN the route does not
 * exist (404 like any unknown path).
 */
export function registerMetrics(fastify: FastifyInstance, metrics: Metrics, config: AppConfig, refusals: RefusalAudit): void {
  fastify.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: request.routeOptions?.url ?? 'unmatched', status: String(reply.statusCode) };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });
  if (metricsAccess(config, undefined) === 'disabled') return;
  fastify.get(METRICS_PATH, async (request, reply) => {
    if (metricsAccess(config, request.headers.authorization) !== 'served') {
      const problem = Problems.unauthorized();
      await refusals.record(requestContextOf(request), problem, `GET ${METRICS_PATH}`, undefined);
      return sendProblem(request, reply, problem);
    }
    let text: string;
    try {
      text = await metrics.exposition();
    } catch (error) {
      // The outbox figures come from the database; without it, say so as readiness does.
      return sendProblem(request, reply, databaseUnavailable(error, `GET ${METRICS_PATH}`));
    }
    return reply.type(metrics.contentType).send(text);
  });
}
