import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { StepCommand } from '../access/onboarding-access';
import { PartnerAccess } from '../access/partner-access.service';
import { dueDateFor } from '../domain/local-dates';
import { isDone, type StepAction, transition } from '../domain/step-state-machine';
import { stepsToUnlock } from '../domain/step-unlocking';
import { OnboardingStep } from '../entities/onboarding-step.entity';
import { OnboardingProblems } from '../onboarding-errors';
import { OnboardingEvents } from '../onboarding-events.service';
import { CasesRepository } from '../repositories/cases.repository';
import { EvidenceRepository } from '../repositories/evidence.repository';
import { JurisdictionsRepository } from '../repositories/jurisdictions.repository';
import { type LockedStepRow, type StepChanges, StepsRepository } from '../repositories/steps.repository';
import { loadStepContext, type StepContext } from './step-context';
import type { ActorContext } from '@bluecarbon/identity';
import { Problems, type RequestContext } from '@bluecarbon/platform';

export type StepCommandAction = Exclude<StepAction, 'unlock'>;

const COMMAND_OF: Record<StepCommandAction, StepCommand> = {
  submit: 'submit',
  approve: 'review',
  request_changes: 'review',
  waive: 'waive',
};

const EVENT_OF: Record<StepCommandAction, string> = {
  submit: 'onboarding.step.submitted',
  approve: 'onboarding.step.approved',
  request_changes: 'onboarding.step.changes_requested',
  waive: 'onboarding.step.waived',
};

/**
 * Moves steps through their states. Every command locks all steps of the case (in position
 * order, so two commands on one case never deadlock) and re-reads the state under the lock:
 * of two concurrent submissions one wins and the other gets 409, on either engine.
 */
@Injectable()
export class StepTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerAccess: PartnerAccess,
    private readonly events: OnboardingEvents,
    private readonly steps: StepsRepository,
    private readonly cases: CasesRepository,
    private readonly evidence: EvidenceRepository,
    private readonly jurisdictions: JurisdictionsRepository,
  ) {}

  async command(ctx: ActorContext, stepId: string, action: StepCommandAction, reason: string | null): Promise<OnboardingStep> {
    const { actor } = ctx;
    const context = await loadStepContext(this.steps, this.dataSource.manager, stepId);
    await this.partnerAccess.assertStepCommand(ctx, COMMAND_OF[action], context.partner, context);
    return this.dataSource.transaction(async (manager) => {
      const steps = await this.steps.lockCase(manager, context.caseId);
      const step = steps.find((row) => row.id === stepId);
      if (!step) throw Problems.notFound('onboarding_step');
      const result = transition(step.state, action, reason);
      if (!result.ok) {
        throw result.error === 'reason_required'
          ? OnboardingProblems.reasonRequired()
          : OnboardingProblems.illegalTransition(result.current, action, result.allowed, ctx.locale);
      }
      let evidenceIds: string[] = [];
      if (action === 'submit') evidenceIds = await this.assertEvidence(manager, step.id, step.evidence_kinds);
      const now = new Date();
      const decision = action === 'submit' ? {} : { decided_at: now, decided_by: actor.userId, decision_reason: reason?.trim() || null };
      await this.update(manager, stepId, { state: result.to, ...(action === 'submit' ? { submitted_at: now } : decision) });
      await this.events.record(manager, {
        type: EVENT_OF[action],
        actor,
        context: ctx,
        subjectType: 'onboarding_step',
        subjectId: stepId,
        partner: context.partner,
        before: { state: result.from },
        after: { state: result.to, reason: reason?.trim() || null, evidenceIds },
        payload: { caseId: context.caseId, stepId, stepKey: context.key, from: result.from, to: result.to },
      });
      if (isDone(result.to)) {
        step.state = result.to;
        await this.openUnlockedSteps(manager, context, steps, now, ctx);
      }
      await this.cases.recordStepChange(manager, context.caseId);
      return manager.findOneByOrFail(OnboardingStep, { id: stepId });
    });
  }

  /** Every evidence kind the step names must be attached; returns the evidence submitted. */
  private async assertEvidence(manager: EntityManager, stepId: string, required: string[]): Promise<string[]> {
    const rows = await this.evidence.ofStep(manager, stepId);
    const present = new Set(rows.map((row) => row.kind));
    const missing = required.filter((kind) => !present.has(kind));
    if (missing.length) throw OnboardingProblems.evidenceMissing(missing);
    return rows.map((row) => row.id);
  }

  private async openUnlockedSteps(manager: EntityManager, context: StepContext, steps: LockedStepRow[], now: Date, ctx: RequestContext): Promise<void> {
    const nodes = steps.map((row) => ({ key: row.key, state: row.state, dependsOn: row.depends_on }));
    for (const key of stepsToUnlock(nodes)) {
      const row = steps.find((candidate) => candidate.key === key);
      if (!row) continue;
      const dueOn = dueDateFor(now, row.due_in_days, context.timeZone);
      await this.update(manager, row.id, { state: 'open', opened_at: now, due_on: dueOn });
      row.state = 'open';
      await this.events.record(manager, {
        type: 'onboarding.step.opened',
        actor: null, // the system opens it, as a consequence of the request that finished its dependency
        context: ctx,
        subjectType: 'onboarding_step',
        subjectId: row.id,
        partner: context.partner,
        before: { state: 'locked' },
        after: { state: 'open', dueOn },
        payload: { caseId: context.caseId, stepId: row.id, stepKey: key, dueOn },
      });
    }
    if (steps.every((row) => isDone(row.state))) await this.completeCase(manager, context, now, ctx);
  }

  /** The last step done: the case is complete and the city becomes an active partner. */
  private async completeCase(manager: EntityManager, context: StepContext, now: Date, ctx: RequestContext): Promise<void> {
    await this.cases.complete(manager, context.caseId, now);
    await this.jurisdictions.activate(manager, context.partner.jurisdictionId);
    await this.events.record(manager, {
      type: 'onboarding.case.completed',
      actor: null,
      context: ctx,
      subjectType: 'onboarding_case',
      subjectId: context.caseId,
      partner: context.partner,
      after: { status: 'completed', jurisdictionStatus: 'active' },
      payload: { caseId: context.caseId },
    });
  }

  private async update(manager: EntityManager, stepId: string, changes: StepChanges): Promise<void> {
    await this.steps.update(manager, stepId, changes);
  }
}
