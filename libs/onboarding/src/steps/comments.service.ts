import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, insertedId, type Page, toPage } from '@bluecarbon/platform';
import { PartnerAccess } from '../access/partner-access.service';
import type { CommentQuery } from '../dto/step.dto';
import { OnboardingComment } from '../entities/onboarding-comment.entity';
import { OnboardingEvents } from '../onboarding-events.service';
import { CasesRepository } from '../repositories/cases.repository';
import { CommentsRepository } from '../repositories/comments.repository';
import { StepsRepository } from '../repositories/steps.repository';
import { loadStepContext } from './step-context';
import type { ActorContext } from '@bluecarbon/identity';

/** Discussion on a step. Whoever may see the step may comment, ICLEI included (it writes no city record). */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerAccess: PartnerAccess,
    private readonly events: OnboardingEvents,
    private readonly steps: StepsRepository,
    private readonly cases: CasesRepository,
    private readonly comments: CommentsRepository,
  ) {}

  async add(ctx: ActorContext, stepId: string, body: string): Promise<OnboardingComment> {
    const { actor } = ctx;
    const context = await loadStepContext(this.steps, this.dataSource.manager, stepId);
    await this.partnerAccess.assertVisible(ctx, context.partner, 'onboarding_step', stepId);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(OnboardingComment, {
        stepId,
        authorId: actor.userId,
        authorOrganisationId: actor.memberships[0]?.organisationId ?? null,
        body,
      });
      const comment = await manager.findOneByOrFail(OnboardingComment, { id: insertedId(inserted) });
      await this.events.record(manager, {
        type: 'onboarding.step.commented',
        actor,
        context: ctx,
        subjectType: 'onboarding_step',
        subjectId: stepId,
        partner: context.partner,
        after: { commentId: comment.id },
        payload: { caseId: context.caseId, stepId, stepKey: context.key, commentId: comment.id },
      });
      await this.cases.recordActivity(manager, context.caseId);
      return comment;
    });
  }

  async list(ctx: ActorContext, stepId: string, query: CommentQuery): Promise<Page<OnboardingComment>> {
    const context = await loadStepContext(this.steps, this.dataSource.manager, stepId);
    await this.partnerAccess.assertVisible(ctx, context.partner, 'onboarding_step', stepId);
    const after = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const rows = await this.comments.ofStep(this.dataSource.manager, stepId, after, query.limit);
    const comments = rows.map((row) =>
      Object.assign(new OnboardingComment(), {
        id: row.id,
        stepId: row.step_id,
        authorId: row.author_id,
        authorOrganisationId: row.author_organisation_id,
        body: row.body,
        createdAt: new Date(row.created_at),
      }),
    );
    return toPage(comments, query.limit, (row) => ({ sortKey: row.createdAt.toISOString(), id: row.id }));
  }
}
