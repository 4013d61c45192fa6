import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig, insertedId, Problems } from '@bluecarbon/platform';
import { PartnerAccess } from '../access/partner-access.service';
import type { StepState } from '../domain/step-state-machine';
import type { LinkEvidenceDto } from '../dto/step.dto';
import { OnboardingEvidence } from '../entities/onboarding-evidence.entity';
import { OnboardingProblems } from '../onboarding-errors';
import { OnboardingEvents } from '../onboarding-events.service';
import { EvidenceReferences } from './evidence-references.service';
import { EVIDENCE_CONTENT_TYPES, mediaTypeOf, safeFileName } from './evidence-types';
import { CasesRepository } from '../repositories/cases.repository';
import { EvidenceRepository } from '../repositories/evidence.repository';
import { StepsRepository } from '../repositories/steps.repository';
import { loadStepContext, type StepContext } from './step-context';
import type { ActorContext } from '@bluecarbon/identity';

/** Evidence can be added while the city is working on the step, never after it was handed in. */
const ACCEPTS_EVIDENCE: ReadonlySet<StepState> = new Set(['open', 'changes_requested']);

export interface EvidenceFile {
  fileName: string;
  contentType: string;
  sha256: string;
  content: Buffer;
}

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerAccess: PartnerAccess,
    private readonly events: OnboardingEvents,
    private readonly config: AppConfig,
    private readonly references: EvidenceReferences,
    private readonly steps: StepsRepository,
    private readonly cases: CasesRepository,
    private readonly evidence: EvidenceRepository,
  ) {}

  /** Refuses (404/403) a caller who may not add evidence to the step; the upload parser asks before reading the file. */
  async assertCanAddFile(ctx: ActorContext, stepId: string): Promise<StepContext> {
    const context = await loadStepContext(this.steps, this.dataSource.manager, stepId);
    await this.partnerAccess.assertCanAddEvidence(ctx, context.partner, stepId);
    return context;
  }

  /** `upload` is the request body as the upload parser read it (a Buffer) and its Content-Type. */
  async addFile(
    ctx: ActorContext,
    stepId: string,
    fileName: string | undefined,
    upload: { contentType: string | undefined; body: unknown },
  ): Promise<OnboardingEvidence> {
    const context = await this.assertCanAddFile(ctx, stepId);
    const contentType = mediaTypeOf(upload.contentType);
    const { body } = upload;
    if (!(EVIDENCE_CONTENT_TYPES as readonly string[]).includes(contentType) || !Buffer.isBuffer(body)) {
      throw OnboardingProblems.evidenceTypeNotAllowed(contentType || '(none)', EVIDENCE_CONTENT_TYPES);
    }
    if (body.length > this.config.env.EVIDENCE_MAX_BYTES) throw OnboardingProblems.evidenceTooLarge(this.config.env.EVIDENCE_MAX_BYTES);
    if (body.length === 0) throw Problems.invalidFields([{ field: 'body', rule: 'isNotEmpty' }]);
    const sha256 = createHash('sha256').update(body).digest('hex');
    return this.insert(ctx, context, {
      kind: 'file',
      fileName: safeFileName(fileName ?? ''),
      contentType,
      sizeBytes: body.length,
      sha256,
      content: body,
    });
  }

  async addReference(ctx: ActorContext, stepId: string, input: LinkEvidenceDto): Promise<OnboardingEvidence> {
    const context = await loadStepContext(this.steps, this.dataSource.manager, stepId);
    await this.partnerAccess.assertCanAddEvidence(ctx, context.partner, stepId);
    const needed = input.kind === 'link' ? (['url'] as const) : (['referenceType', 'referenceId'] as const);
    const missing = needed.filter((field) => !input[field]);
    if (missing.length) {
      throw Problems.invalidFields(missing.map((field) => ({ field, rule: 'isDefined' })));
    }
    if (input.kind !== 'link' && input.referenceType && input.referenceId) {
      await this.references.assertReadable(ctx, context.partner, input.kind, input.referenceType, input.referenceId);
    }
    return this.insert(ctx, context, {
      kind: input.kind,
      url: input.kind === 'link' ? input.url : null,
      referenceType: input.kind === 'link' ? null : input.referenceType,
      referenceId: input.kind === 'link' ? null : input.referenceId,
      note: input.note ?? null,
    });
  }

  async list(ctx: ActorContext, stepId: string): Promise<OnboardingEvidence[]> {
    const context = await loadStepContext(this.steps, this.dataSource.manager, stepId);
    await this.partnerAccess.assertVisible(ctx, context.partner, 'onboarding_step', stepId);
    return this.dataSource.getRepository(OnboardingEvidence).find({ where: { stepId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The file itself, for whoever may see the step; everyone else gets 404. */
  async download(ctx: ActorContext, evidenceId: string): Promise<EvidenceFile> {
    const row = await this.evidence.describe(this.dataSource.manager, evidenceId);
    if (!row || row.kind !== 'file') throw Problems.notFound('onboarding_evidence');
    const context = await loadStepContext(this.steps, this.dataSource.manager, row.step_id);
    await this.partnerAccess.assertVisible(ctx, context.partner, 'onboarding_evidence', evidenceId);
    const content = await this.evidence.content(this.dataSource.manager, evidenceId);
    // Removed since the first read.
    if (!content) throw Problems.notFound('onboarding_evidence');
    return { fileName: row.file_name, contentType: row.content_type, sha256: row.sha256, content: Buffer.from(content) };
  }

  /** The city takes back evidence (a wrong file) while the step is still with it. */
  async remove(ctx: ActorContext, evidenceId: string): Promise<void> {
    const { actor } = ctx;
    const stepId = await this.evidence.stepOf(this.dataSource.manager, evidenceId);
    if (!stepId) throw Problems.notFound('onboarding_evidence');
    const context = await loadStepContext(this.steps, this.dataSource.manager, stepId);
    await this.partnerAccess.assertCanAddEvidence(ctx, context.partner, context.id);
    await this.dataSource.transaction(async (manager: EntityManager) => {
      const state = await this.steps.shareState(manager, context.id);
      if (!state) throw Problems.notFound('onboarding_step');
      if (!ACCEPTS_EVIDENCE.has(state)) throw OnboardingProblems.evidenceStepClosed(state, ctx.locale);
      const removed = await this.evidence.remove(manager, evidenceId);
      if (!removed) throw Problems.notFound('onboarding_evidence');
      await this.events.record(manager, {
        type: 'onboarding.evidence.removed',
        actor,
        context: ctx,
        subjectType: 'onboarding_step',
        subjectId: context.id,
        partner: context.partner,
        before: { evidenceId, kind: removed.kind, fileName: removed.file_name, sha256: removed.sha256 },
        payload: { caseId: context.caseId, stepId: context.id, stepKey: context.key, evidenceId },
      });
    });
  }

  /**
   * Takes a share lock on the step: a concurrent submission (which locks the case's steps for
   * update) either sees this evidence or makes this upload fail with 409 — never a step
   * submitted with evidence silently added afterwards.
   */
  private async insert(ctx: ActorContext, context: StepContext, values: Partial<OnboardingEvidence>): Promise<OnboardingEvidence> {
    const { actor } = ctx;
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const state = await this.steps.shareState(manager, context.id);
      if (!state) throw Problems.notFound('onboarding_step');
      if (!ACCEPTS_EVIDENCE.has(state)) throw OnboardingProblems.evidenceStepClosed(state, ctx.locale);
      const inserted = await manager.insert(OnboardingEvidence, { ...values, stepId: context.id, createdBy: actor.userId });
      const evidence = await manager.findOneByOrFail(OnboardingEvidence, { id: insertedId(inserted) });
      const summary = { evidenceId: evidence.id, kind: evidence.kind, fileName: evidence.fileName, sha256: evidence.sha256, sizeBytes: evidence.sizeBytes };
      await this.events.record(manager, {
        type: 'onboarding.evidence.added',
        actor,
        context: ctx,
        subjectType: 'onboarding_step',
        subjectId: context.id,
        partner: context.partner,
        after: { ...summary, url: evidence.url, referenceType: evidence.referenceType, referenceId: evidence.referenceId },
        payload: { caseId: context.caseId, stepId: context.id, stepKey: context.key, ...summary },
      });
      await this.cases.recordActivity(manager, context.caseId);
      return evidence;
    });
  }
}
