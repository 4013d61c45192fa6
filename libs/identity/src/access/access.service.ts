import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { AuditService, markRefusalAudited, ProblemException, Problems } from '@bluecarbon/platform';
import { type Action, decide, type Resource } from '../policy/access-policy';
import { refusal } from '../policy/refusal';
import { type AuthenticatedActor, requestOrigin } from './actor';

/**
 * Record-level authorisation for services: applies the policy and writes every refusal to the
 * audit log. Call it before opening the write's transaction — the refusal is recorded in its
 * own (it must survive the request failing), and PGlite's one session would otherwise wait
 * on itself.
 */
@Injectable()
export class AccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Throws 404 for records the actor may not know about and 403 for the rest it may not touch. */
  async assert(actor: AuthenticatedActor, action: Action, resource: Resource, request?: FastifyRequest, subjectId?: string): Promise<void> {
    const decision = decide(actor, action, resource);
    if (decision === 'allow') return;
    await this.recordDenial(actor, { action, resource: resource.kind, subjectId: subjectId ?? null, decision }, request);
    throw decision === 'not_found' ? Problems.notFound(resource.kind) : refusal(actor, action, resource);
  }

  async recordDenial(
    actor: AuthenticatedActor | null,
    details: { action: string; resource: string; subjectId?: string | null; decision: string; route?: string },
    request?: FastifyRequest,
  ): Promise<void> {
    const origin = request ? requestOrigin(request) : { requestId: null, ip: null };
    if (request) markRefusalAudited(request); // the problem filter need not audit it again
    await this.audit.record(this.dataSource.manager, {
      actorId: actor?.userId ?? null,
      actorOrganisationId: actor?.memberships[0]?.organisationId ?? null,
      action: 'identity.access.denied',
      subjectType: details.resource,
      subjectId: details.subjectId ?? null,
      after: { action: details.action, decision: details.decision, route: details.route ?? null },
      ...origin,
    });
  }
}

export function isProblem(error: unknown, status: number): boolean {
  return error instanceof ProblemException && error.status === status;
}
