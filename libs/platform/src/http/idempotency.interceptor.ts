import { createHash } from 'node:crypto';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { ApiHeader } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { PLATFORM_PROBLEMS } from './problem.exception';
import { requestPrincipal } from './request-principal';

const KEY_FORMAT = /^[\w.:-]{8,200}$/;
const UNSTORED_FIELDS = 'idempotency:unstored-fields';
// A client retries within minutes; a day covers long outages without keeping keys forever.
const RETENTION = '24 hours';

interface StoredRecord {
  request_hash: string;
  status: number | null;
  response: unknown;
}

/**
 * `Idempotency-Key` on POST: the first request with a key runs and its answer is stored; a
 * retry with the same key and body gets that answer again (`Idempotent-Replayed: true`) instead
 * of creating a second record. The same key with another body is refused (422); a retry while
 * the first is still running gets 409. A failed first attempt forgets the key so it can be retried.
 * Keys are scoped per signed-in caller (the request principal) and, for public routes, per client
 * address, so callers never see each other's answers.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const status = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    const unstored: string[] = Reflect.getMetadata(UNSTORED_FIELDS, context.getHandler()) ?? [];
    return from(this.run(request, reply, String(key), status, unstored, next));
  }

  private async run(request: FastifyRequest, reply: FastifyReply, key: string, status: number, unstored: string[], next: CallHandler): Promise<unknown> {
    if (!KEY_FORMAT.test(key)) {
      throw PLATFORM_PROBLEMS.problem('validation_failed', {
        fieldErrors: [{ field: 'Idempotency-Key', rule: 'matches' }],
      });
    }
    // Callers without a token are told apart by their address (behind a proxy, TRUST_PROXY
    // must be set): one shared anonymous scope let anyone replay another's answer by its key.
    const scope = requestPrincipal(request) ?? `anonymous:${request.ip}`;
    const [path = ''] = request.url.split('?', 1);
    const requestHash = createHash('sha256')
      .update(`${request.method} ${path}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');

    const claimed = await this.claim(scope, key, request.method, path, requestHash);
    if (!claimed) return this.replay(scope, key, requestHash, reply);
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.dataSource.query(`UPDATE idempotency_record SET status = $3, response = $4::jsonb, completed_at = now() WHERE scope = $1 AND key = $2`, [
        scope,
        key,
        status,
        JSON.stringify(withoutFields(body ?? null, unstored)),
      ]);
      return body;
    } catch (error) {
      await this.dataSource.query(`DELETE FROM idempotency_record WHERE scope = $1 AND key = $2`, [scope, key]);
      throw error;
    }
  }

  /** True if this request now owns the key (it was unused or had expired). */
  private async claim(scope: string, key: string, method: string, path: string, requestHash: string): Promise<boolean> {
    await this.dataSource.query(`DELETE FROM idempotency_record WHERE scope = $1 AND key = $2 AND created_at < now() - interval '${RETENTION}'`, [scope, key]);
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_record (scope, key, method, path, request_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
      [scope, key, method, path, requestHash],
    );
    return inserted.length === 1;
  }

  private async replay(scope: string, key: string, requestHash: string, reply: FastifyReply): Promise<unknown> {
    const [record]: StoredRecord[] = await this.dataSource.query(
      `SELECT request_hash, status, response FROM idempotency_record WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    if (!record) throw PLATFORM_PROBLEMS.problem('idempotency_in_progress');
    if (record.request_hash !== requestHash) throw PLATFORM_PROBLEMS.problem('idempotency_key_reused');
    if (record.status === null) throw PLATFORM_PROBLEMS.problem('idempotency_in_progress');
    reply.status(record.status).header('Idempotent-Replayed', 'true');
    return record.response;
  }
}

function withoutFields(body: unknown, fields: string[]): unknown {
  if (!fields.length || body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([name]) => !fields.includes(name)));
}

/**
 * Marks a create endpoint as accepting `Idempotency-Key`. Applied per route rather than
 * globally: any global interceptor makes Nest bind async resources on every request (measured
 * at about 140 µs per request on Node 20), and only creates need this. `unstored` names fields
 * of the answer that are shown once and never kept (a signing secret): a replay answers without them.
 */
export const Idempotent = (options: { unstored?: string[] } = {}) =>
  applyDecorators(
    SetMetadata(UNSTORED_FIELDS, options.unstored ?? []),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retry-safe create: the same key and body within 24 hours returns the first answer',
    }),
  );
