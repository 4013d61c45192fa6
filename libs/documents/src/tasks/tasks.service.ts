import { Injectable } from '@nestjs/common';
import { type AuthenticatedActor, LOCALE_ROLES } from '@bluecarbon/identity';
import { decodeCursor, encodeCursor, type Page, Problems } from '@bluecarbon/platform';
import { readDecision } from '../documents/document-access';
import { TasksRepository } from '../repositories/tasks.repository';

export interface TranslationTask {
  documentId: string;
  title: string;
  jurisdictionCode: string | null;
  locale: string;
  dueOn: string | null;
  segments: number;
  untranslated: number;
  outdated: number;
  awaitingReview: number;
}

/**
 * The translator's queue: documents with untranslated, outdated or unreviewed segments in the
 * caller's locales, soonest due first (undated last). Paged by position: the queue is short
 * and its order changes as work is done, which a keyset would not make more stable.
 */
@Injectable()
export class TasksService {
  constructor(private readonly tasks: TasksRepository) {}

  async queue(actor: AuthenticatedActor, locale: string | undefined, limit: number, cursor?: string): Promise<Page<TranslationTask>> {
    const mine = [...new Set(actor.memberships.filter((m) => LOCALE_ROLES.includes(m.role)).flatMap((m) => m.locales))];
    if (locale && !mine.includes(locale)) throw Problems.forbidden();
    const locales = locale ? [locale] : mine;
    const offset = cursor ? Number(decodeCursor(cursor, 'integer', 'none').sortKey) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw Problems.invalidCursor();
    const rows = await this.tasks.openWork(locales, offset, limit + 1);
    // Read through this row's locale only: a queue entry is work in that locale.
    const visible = rows.filter(
      (row) =>
        readDecision(actor, {
          jurisdictionId: row.jurisdiction_id,
          jurisdictionCode: row.jurisdiction_code,
          ownerOrganisationId: row.owner_organisation_id,
          targetLocales: [row.locale],
          status: row.status,
        }) === 'allow',
    );
    const items = visible.slice(0, limit).map((row) => ({
      documentId: row.id,
      title: row.title,
      jurisdictionCode: row.jurisdiction_code,
      locale: row.locale,
      dueOn: row.due_on,
      segments: Number(row.segments),
      untranslated: Number(row.untranslated),
      outdated: Number(row.outdated),
      awaitingReview: Number(row.awaiting_review),
    }));
    return { items, nextCursor: rows.length > limit ? encodeCursor({ sortKey: String(offset + limit), id: '' }) : null };
  }
}
