import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, type Page, toPage } from '@bluecarbon/platform';
import { PartnerAccess } from '../access/partner-access.service';
import type { CommentQuery } from '../dto/step.dto';
import { OnboardingComment } from '../entities/onboarding-comment.entity';
import { OnboardingEvents } from '../onboarding-events.service';
import { loadStepContext } from './step-context';
import type { ActorContext } from '@bluecarbon/identity';

/** Discussion on a step. Whoever may see the step may comment, ICLEI included (it writes no city record). */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerAccess: PartnerAccess,
    private readonly events: OnboardingEvents,
  ) {}

  async add(ctx: ActorContext, stepId: string, body: string): Promise<OnboardingComment> {
    const { actor } = ctx;
    const context = await loadStepContext(this.dataSource.manager, stepId);
    await this.partnerAccess.assertVisible(ctx, context.partner, 'onboarding_step', stepId);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(OnboardingComment, {
        stepId,
        authorId: actor.userId,
        authorOrganisationId: actor.memberships[0]?.organisationId ?? null,
        body,
      });
      const comment = await manager.findOneByOrFail(OnboardingComment, { id: inserted.identifiers[0].id as string });
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
      await manager.query(`UPDATE onboarding_case SET last_activity_at = now() WHERE id = $1`, [context.caseId]);
      return comment;
    });
  }

  async list(ctx: ActorContext, stepId: string, query: CommentQuery): Promise<Page<OnboardingComment>> {
    const context = await loadStepContext(this.dataSource.manager, stepId);
    await this.partnerAccess.assertVisible(ctx, context.partner, 'onboarding_step', stepId);
    // Keyset on the millisecond the cursor can carry, so a microsecond never repeats a row.
    const after = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const rows: { id: string; step_id: string; author_id: string; author_organisation_id: string | null; body: string; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT id, step_id, author_id, author_organisation_id, body, created_at FROM onboarding_comment
          WHERE step_id = $1 AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', created_at), id) > ($2::timestamptz, $3::uuid))
          ORDER BY date_trunc('milliseconds', created_at), id LIMIT $4`,
        [stepId, after?.sortKey ?? null, after?.id ?? null, query.limit + 1],
      );
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
