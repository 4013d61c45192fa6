import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface CommentRow {
  id: string;
  step_id: string;
  author_id: string;
  author_organisation_id: string | null;
  body: string;
  created_at: Date;
}

/** Named queries over `onboarding_comment` (inserts go through the entity). */
@Injectable()
export class CommentsRepository {
  /**
   * Oldest first, one row more than the page. Keyset on the millisecond the cursor can carry,
   * so a microsecond never repeats a row.
   */
  ofStep(manager: EntityManager, stepId: string, after: { sortKey: string; id: string } | null, limit: number): Promise<CommentRow[]> {
    return manager.query(
      `SELECT id, step_id, author_id, author_organisation_id, body, created_at FROM onboarding_comment
        WHERE step_id = $1 AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', created_at), id) > ($2::timestamptz, $3::uuid))
        ORDER BY date_trunc('milliseconds', created_at), id LIMIT $4`,
      [stepId, after?.sortKey ?? null, after?.id ?? null, limit + 1],
    );
  }
}
