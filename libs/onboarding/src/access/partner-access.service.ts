import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AccessService, type AuthenticatedActor } from '@bluecarbon/identity';
import { Problems } from '@bluecarbon/platform';
import type { StepOwnerRole, StepReviewerRole } from '../domain/playbook-definition';
import { canAddEvidence, canSeeOnboarding, decideStepCommand, type PartnerRef, type StepCommand } from './onboarding-access';

/**
 * Record-level checks for onboarding, with every refusal in the audit trail (through
 * identity's AccessService). Call before opening a transaction: the refusal is written on
 * its own connection, which on the embedded engine would wait for the open transaction.
 */
@Injectable()
export class PartnerAccess {
  constructor(private readonly access: AccessService) {}

  /** 404 for a partner's onboarding records the actor may not know about. */
  async assertVisible(actor: AuthenticatedActor, partner: PartnerRef, subject: string, subjectId: string, request?: FastifyRequest): Promise<void> {
    if (canSeeOnboarding(actor, partner)) return;
    await this.deny(actor, 'read', subject, subjectId, 'not_found', request);
  }

  async assertStepCommand(
    actor: AuthenticatedActor,
    command: StepCommand,
    partner: PartnerRef,
    step: { id: string; ownerRole: StepOwnerRole; reviewerRole: StepReviewerRole },
    request?: FastifyRequest,
  ): Promise<void> {
    const decision = decideStepCommand(actor, command, partner, step);
    if (decision !== 'allow') await this.deny(actor, command, 'onboarding_step', step.id, decision, request);
  }

  async assertCanAddEvidence(actor: AuthenticatedActor, partner: PartnerRef, stepId: string, request?: FastifyRequest): Promise<void> {
    await this.assertVisible(actor, partner, 'onboarding_step', stepId, request);
    if (!canAddEvidence(actor, partner)) await this.deny(actor, 'create', 'onboarding_evidence', stepId, 'forbidden', request);
  }

  private async deny(
    actor: AuthenticatedActor,
    action: string,
    resource: string,
    subjectId: string,
    decision: 'forbidden' | 'not_found',
    request?: FastifyRequest,
  ): Promise<never> {
    await this.access.recordDenial(actor, { action, resource, subjectId, decision }, request);
    throw decision === 'not_found' ? Problems.notFound(resource) : Problems.forbidden();
  }
}
