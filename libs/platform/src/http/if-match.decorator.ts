import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Problems } from './problem.exception';

/** Metadata on a handler that takes If-Match (for tools and tests that list such routes). */
export const IF_MATCH = 'bluecarbon:if-match';

/**
 * The version a header that is not one of our ETags stands for: no row has it, so the edit is
 * refused with 412 by the service's own version check, naming the current version as before.
 */
export const NEVER_MATCHES = -1;

/** Parses If-Match into the version the client based its edit on; see IfMatch. */
export function expectedVersion(ifMatch: string | string[] | undefined): number {
  const header = Array.isArray(ifMatch) ? ifMatch.join(',') : ifMatch;
  if (!header) throw Problems.preconditionRequired();
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  return match ? Number(match[1]) : NEVER_MATCHES;
}

const ifMatchParameter = createParamDecorator((_data: unknown, context: ExecutionContext): number =>
  expectedVersion(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);

/**
 * The version the client based its edit on, from the If-Match header: 428 when it is
 * missing (the client must read first); a value that is not one of our ETags becomes
 * NEVER_MATCHES, so it is answered 412 by the version check. Documents the header and both
 * refusals in OpenAPI.
 */
export function IfMatch(): ParameterDecorator {
  return (target, key, index) => {
    ifMatchParameter()(target, key, index);
    const descriptor = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
    if (key === undefined || !descriptor) return;
    Reflect.defineMetadata(IF_MATCH, true, descriptor.value as object);
    ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the version this edit is based on', schema: { type: 'string', example: '"3"' } })(
      target,
      key,
      descriptor,
    );
    ApiResponse({ status: 412, description: 'The record changed since that ETag (precondition_failed, with currentVersion)' })(target, key, descriptor);
    ApiResponse({ status: 428, description: 'No If-Match (precondition_required)' })(target, key, descriptor);
  };
}
