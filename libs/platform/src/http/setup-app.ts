import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { RefusalAudit } from '../audit/refusal-audit';
import type { AppConfig } from '../config/app-config';
import { ShutdownState } from '../lifecycle/shutdown-state';
import { Metrics } from '../metrics/metrics';
import { registerMetrics } from '../metrics/http/metrics-route';
import { registerCompression } from './compression';
import { registerJsonBodyParser } from './json-body-parser';
import { createLogger, PinoNestLogger } from './logging';
import { nameOperations, operationKey } from './openapi/operation-ids';
import { addProblemResponses } from './openapi/problem-responses';
import { frameworkErrorHandler, ProblemFilter } from './problem.filter';
import { registerLocaleNegotiation } from './request-locale';
import { registerSecurityHeaders } from './security-headers';
import { registerWebApp } from './web-app';
import { createValidationPipe } from './validation';
import { registerVersionedResponses } from './versioned-response';

export const API_PREFIX = 'api/v1';
export const DOCS_PATH = 'api/docs';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Keeps a caller's X-Request-Id for correlation if it is safe to log; otherwise makes one. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Builds the HTTP app on the Fastify adapter with the platform's logging and limits. */
export async function createHttpApp(rootModule: Type<unknown>, config: AppConfig): Promise<NestFastifyApplication> {
  const logger = createLogger(config.env.LOG_LEVEL);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: config.env.BODY_LIMIT_BYTES,
    genReqId: requestId,
    trustProxy: config.trustProxy,
    frameworkErrors: frameworkErrorHandler as never,
  });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
    // JSON is parsed by our own parser (setupApp), with a nesting limit; no form bodies.
    bodyParser: false,
  });
  await setupApp(app, config);
  return app;
}

/**
 * Pipes, filters, hooks, security headers and docs. `main.ts` and every e2e test go through
 * this one function, so tests exercise exactly what production runs.
 */
export async function setupApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await registerCompression(app);
  // Before Nest registers the routes (app.init): it hooks the versioned ones as they are added.
  registerVersionedResponses(fastify);
  registerLocaleNegotiation(fastify);
  registerJsonBodyParser(fastify);
  const shutdown = app.get(ShutdownState);
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
    // Draining: the client opens a new connection for its next request (to another replica)
    // instead of reusing one this process is about to close.
    if (shutdown.draining) reply.header('Connection', 'close');
  });
  registerSecurityHeaders(fastify, `/${DOCS_PATH}`);
  registerWebApp(fastify, config.env.WEB_DIST_DIR);
  registerMetrics(fastify, app.get(Metrics), config, app.get(RefusalAudit));
  if (config.corsOrigins) {
    app.enableCors({
      origin: config.corsOrigins === '*' ? true : config.corsOrigins,
      exposedHeaders: ['ETag', 'Content-Language', 'X-Request-Id', 'Retry-After', 'Location', 'X-Missing-Plurals', 'X-Missing-Keys', 'X-Fallback-Segments'],
    });
  }
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter(app.get(RefusalAudit)));
  // No app.enableShutdownHooks(): main.ts drains first (closeGracefullyOnSignal).
  setupOpenApi(app);
}

function setupOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Blue Carbon Portal API')
      .setDescription(
        "Replicating Shenzhen's mangrove blue-carbon model: onboarding, methodologies, projects and bilingual documentation. " +
          'Errors are RFC 9457 problem+json in the language of Accept-Language (en, zh-CN, pt-BR).',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
    { operationIdFactory: operationKey },
  );
  nameDocumentOperations(document);
  addProblemResponses(document);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json` });
}

/** Replaces each operationKey with its verb name (the web's generated client calls these). */
function nameDocumentOperations(document: OpenAPIObject): void {
  const operations = Object.values(document.paths).flatMap((pathItem) =>
    (['get', 'put', 'post', 'patch', 'delete'] as const).flatMap((method) => (pathItem[method] ? [pathItem[method]] : [])),
  );
  const names = nameOperations(operations.map((operation) => operation.operationId ?? ''));
  for (const operation of operations) operation.operationId = names.get(operation.operationId ?? '');
}
