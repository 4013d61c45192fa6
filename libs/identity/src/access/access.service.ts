import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, ProblemException, Problems } from '@bluecarbon/platform';
import { type Action, decide, type Resource } from '../access/access-policy';
import { type ActorContext, actorFields } from './actor';
import { refusal } from '../access/refusal';

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
  async assert(context: ActorContext, action: Action, resource: Resource, subjectId?: string): Promise<void> {
    const decision = decide(context.actor, action, resource);
    if (decision === 'allow') return;
    await this.recordDenial(context, { action, resource: resource.kind, subjectId: subjectId ?? null, decision });
    throw decision === 'not_found' ? Problems.notFound(resource.kind) : refusal(context.actor, action, resource);
  }

  async recordDenial(
    context: ActorContext,
    details: { action: string; resource: string; subjectId?: string | null; decision: string; route?: string },
  ): Promise<void> {
    const { actor } = context;
    context.markRefusalAudited(); // the problem filter need not audit it again
    await this.audit.record(this.dataSource.manager, {
      ...actorFields(actor),
      action: 'identity.access.denied',
      subjectType: details.resource,
      subjectId: details.subjectId ?? null,
      after: { action: details.action, decision: details.decision, route: details.route ?? null },
      ...context.origin,
    });
  }
}

export function isProblem(error: unknown, status: number): boolean {
  return error instanceof ProblemException && error.status === status;
}
