import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import type { RefusalAudit } from '../audit/refusal-audit';
import { buildProblem } from './problem-document';
import { PLATFORM_PROBLEMS, ProblemException } from './problem.exception';
import { requestContextOf } from './request-context.decorator';
import { localeOf } from './request-locale';
import { requestPrincipal } from './request-principal';

/**
 * Every error leaves the API as translated problem+json; no stack trace ever does. Every
 * refused request (4xx) is audited first, unless its service already did (RefusalAudit).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  constructor(private readonly refusals: RefusalAudit) {}

  // Nest does not await filters; Fastify waits for the reply this sends.
  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, request);
    await this.refusals.record(requestContextOf(request), problem, routeOf(request), requestPrincipal(request));
    sendProblem(request, reply, problem);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemException {
    if (exception instanceof ProblemException) return exception;
    const known = fromKnownError(exception, request);
    if (known) return known;
    this.logger.error({ err: exception, reqId: request.id }, 'unhandled error');
    return PLATFORM_PROBLEMS.problem('internal_error', { params: { requestId: request.id } });
  }
}

/** The route's pattern (`PATCH /api/v1/webhooks/:id`), or the path when no route matched. */
export function routeOf(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions?.url ?? request.url.split('?')[0]}`;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemException): void {
  const body = buildProblem({
    status: problem.status,
    code: problem.code,
    locale: localeOf(request),
    params: problem.options.params,
    fieldErrors: problem.options.fieldErrors,
    extensions: problem.options.extensions,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
  });
  for (const [name, value] of Object.entries(problem.options.headers ?? {})) reply.header(name, value);
  reply.status(problem.status).type('application/problem+json; charset=utf-8').send(body);
}

/**
 * Fastify's router rejects some requests before any hook or Nest handler runs (a path that is
 * not valid URL encoding, a path parameter over the length limit): answer those as problems too.
 */
export function frameworkErrorHandler(error: { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? PLATFORM_PROBLEMS.problem('uri_too_long')
      : error.code === 'FST_ERR_BAD_URL'
        ? PLATFORM_PROBLEMS.problem('malformed_url')
        : PLATFORM_PROBLEMS.problem('internal_error', { params: { requestId: request.id } });
  sendProblem(request, reply, problem);
}

/** Maps framework, parser and database errors that are the client's fault to 4xx problems. */
export function fromKnownError(exception: unknown, request: FastifyRequest): ProblemException | null {
  if (exception instanceof HttpException) return fromHttpException(exception, request);
  if (exception instanceof QueryFailedError) return fromDatabaseError(exception);
  const fastifyError = exception as { statusCode?: number; code?: string };
  switch (fastifyError?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return PLATFORM_PROBLEMS.problem('payload_too_large', {
        params: { limit: request.routeOptions?.bodyLimit ?? request.server.initialConfig.bodyLimit },
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return PLATFORM_PROBLEMS.problem('unsupported_media_type', {
        params: { contentType: request.headers['content-type'] ?? '(none)' },
      });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return PLATFORM_PROBLEMS.problem('malformed_body');
    default:
      break; // other codes are told apart by status below
  }
  if (exception instanceof SyntaxError && fastifyError.statusCode === 400) {
    return PLATFORM_PROBLEMS.problem('malformed_body');
  }
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new ProblemException(fastifyError.statusCode, fastifyError.statusCode === 404 ? 'not_found' : 'invalid_input', {
      params: { resource: request.url.split('?')[0] },
    });
  }
  return null;
}

function fromHttpException(exception: HttpException, request: FastifyRequest): ProblemException {
  const status = exception.getStatus();
  if (status === 404) {
    return PLATFORM_PROBLEMS.problem('route_not_found', {
      params: { method: request.method, path: request.url.split('?')[0] },
    });
  }
  if (status === 401) return PLATFORM_PROBLEMS.problem('unauthorized');
  if (status === 403) return PLATFORM_PROBLEMS.problem('forbidden');
  if (status === 413) return PLATFORM_PROBLEMS.problem('payload_too_large', { params: { limit: request.server.initialConfig.bodyLimit } });
  if (status === 415) return PLATFORM_PROBLEMS.problem('unsupported_media_type', { params: { contentType: request.headers['content-type'] ?? '(none)' } });
  // Nest turns Fastify's body-parser errors ("Body is not valid JSON…", "Body cannot be
  // empty…") into bare 400s; other bare 400s come from Nest's own pipes (ParseUUIDPipe…).
  if (status === 400) {
    return /\bbody\b|JSON/i.test(exception.message) ? PLATFORM_PROBLEMS.problem('malformed_body') : PLATFORM_PROBLEMS.problem('invalid_input');
  }
  if (status >= 500) return PLATFORM_PROBLEMS.problem('internal_error', { params: { requestId: request.id } });
  return new ProblemException(status, status === 409 ? 'conflict' : 'invalid_input', { params: { resource: '' } });
}

/** Postgres SQLSTATE classes a client can cause: bad values (22), constraint violations (23). */
function fromDatabaseError(error: QueryFailedError): ProblemException | null {
  const code = (error.driverError as { code?: string } | undefined)?.code ?? '';
  if (code.startsWith('22')) return PLATFORM_PROBLEMS.problem('invalid_input');
  if (code === '40001' || code === '40P01' || code.startsWith('23')) {
    return PLATFORM_PROBLEMS.problem('conflict', { params: { resource: '' } });
  }
  return null;
}
