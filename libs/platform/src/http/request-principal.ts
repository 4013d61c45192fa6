import type { FastifyRequest } from 'fastify';

const PRINCIPAL = Symbol('principal');
type WithPrincipal = FastifyRequest & { [PRINCIPAL]?: string };

/**
 * Who is calling, as an opaque id, for the platform's own per-caller state (idempotency keys).
 * The access guard of the identity lib sets it once it has verified the token; the platform
 * never needs to know more about users than this.
 */
export function setRequestPrincipal(request: FastifyRequest, principalId: string): void {
  (request as WithPrincipal)[PRINCIPAL] = principalId;
}

export function requestPrincipal(request: FastifyRequest): string | undefined {
  return (request as WithPrincipal)[PRINCIPAL];
}
