import { Injectable } from '@nestjs/common';
import { AccessService, type ActorContext } from '@bluecarbon/identity';
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
  async assertVisible(ctx: ActorContext, partner: PartnerRef, subject: string, subjectId: string): Promise<void> {
    const { actor } = ctx;
    if (canSeeOnboarding(actor, partner)) return;
    await this.deny(ctx, 'read', subject, subjectId, 'not_found');
  }

  async assertStepCommand(
    ctx: ActorContext,
    command: StepCommand,
    partner: PartnerRef,
    step: { id: string; ownerRole: StepOwnerRole; reviewerRole: StepReviewerRole },
  ): Promise<void> {
    const { actor } = ctx;
    const decision = decideStepCommand(actor, command, partner, step);
    if (decision !== 'allow') await this.deny(ctx, command, 'onboarding_step', step.id, decision);
  }

  async assertCanAddEvidence(ctx: ActorContext, partner: PartnerRef, stepId: string): Promise<void> {
    const { actor } = ctx;
    await this.assertVisible(ctx, partner, 'onboarding_step', stepId);
    if (!canAddEvidence(actor, partner)) await this.deny(ctx, 'create', 'onboarding_evidence', stepId, 'forbidden');
  }

  private async deny(ctx: ActorContext, action: string, resource: string, subjectId: string, decision: 'forbidden' | 'not_found'): Promise<never> {
    await this.access.recordDenial(ctx, { action, resource, subjectId, decision });
    throw decision === 'not_found' ? Problems.notFound(resource) : Problems.forbidden();
  }
}
