import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ActorContext, ActorLoader, ownsJurisdiction } from '@bluecarbon/identity';
import { Problems, updateVersioned } from '@bluecarbon/platform';
import { PartnerAccess } from '../access/partner-access.service';
import { OnboardingStep } from '../entities/onboarding-step.entity';
import { OnboardingEvents } from '../onboarding-events.service';
import { StepsRepository } from '../repositories/steps.repository';
import { loadStepContext } from './step-context';

const RESOURCE = 'onboarding_step';

/** Who in the city works on a step: an edit of the step, so it takes If-Match. */
@Injectable()
export class StepAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerAccess: PartnerAccess,
    private readonly actors: ActorLoader,
    private readonly events: OnboardingEvents,
    private readonly steps: StepsRepository,
  ) {}

  async assign(ctx: ActorContext, stepId: string, assigneeId: string | null, ifMatch: number): Promise<OnboardingStep> {
    const { actor } = ctx;
    const context = await loadStepContext(this.steps, this.dataSource.manager, stepId);
    await this.partnerAccess.assertCanAddEvidence(ctx, context.partner, stepId);
    const current = await this.dataSource.getRepository(OnboardingStep).findOneByOrFail({ id: stepId });
    if (assigneeId !== null) {
      // Only someone working for this city can be given its step.
      const assignee = await this.actors.load(assigneeId);
      const works = assignee?.memberships.some(
        (membership) =>
          (membership.role === 'coordinator' || membership.role === 'contributor') && ownsJurisdiction(membership, { kind: RESOURCE, ...context.partner }),
      );
      if (!works) throw Problems.invalidFields([{ field: 'assigneeId', rule: 'assigneeOfPartner' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateVersioned(manager, OnboardingStep, stepId, ifMatch, { assigneeId }, RESOURCE);
      await this.events.record(manager, {
        type: 'onboarding.step.assigned',
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: stepId,
        partner: context.partner,
        before: { assigneeId: current.assigneeId },
        after: { assigneeId },
        payload: { caseId: context.caseId, stepId, stepKey: context.key, assigneeId },
      });
      return updated;
    });
  }
}
