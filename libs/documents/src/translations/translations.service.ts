import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ActorContext } from '@bluecarbon/identity';
import { type Page, Problems, returnedRows, toPage, decodeCursor } from '@bluecarbon/platform';
import { DocumentsProblems } from '../documents-problems';
import { DocumentsService } from '../documents/documents.service';
import type { ReviewDecision, SaveTranslationDto } from '../dto/document.dto';
import type { TranslationState } from '../domain/translation-state';
import type { Document } from '../entities/document.entity';
import { DocumentEvents } from '../events/document-events.service';
import { GlossaryService } from '../glossary/glossary.service';
import { MemoryService } from '../memory/memory.service';
import { SEGMENT_VIEW_SQL, type SegmentView, type SegmentViewRow, toSegmentView } from './translation-row';

const RESOURCE = 'translation';

/**
 * The text was written for the source the client saw: a revision committed since then (which
 * bumps the version of existing translations, but cannot of rows not yet there) refuses it.
 */
const SOURCE_STILL_CURRENT = `EXISTS (SELECT 1 FROM document_segment WHERE id = $segment AND source_hash = $3 AND archived_at IS NULL)`;

/** Which review decision may follow which state; `rejected` sends the text back to its translator. */
const REVIEW_FROM: Record<ReviewDecision, readonly TranslationState[]> = {
  reviewed: ['translated'],
  approved: ['translated', 'reviewed'],
  rejected: ['translated', 'reviewed', 'approved'],
};

@Injectable()
export class TranslationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly glossary: GlossaryService,
    private readonly memory: MemoryService,
    private readonly events: DocumentEvents,
  ) {}

  /** The current revision's segments with their translation in `locale`, in document order. */
  async list(ctx: ActorContext, documentId: string, locale: string, limit: number, cursor: string | undefined): Promise<Page<SegmentView>> {
    const document = await this.documents.getForLocale(ctx, documentId, locale);
    requireTarget(document, locale);
    const after = cursor ? Number(decodeCursor(cursor, 'integer').sortKey) : -1;
    const rows: SegmentViewRow[] = await this.dataSource.query(
      `${SEGMENT_VIEW_SQL} WHERE s.document_id = $1 AND s.archived_at IS NULL AND s.ordinal > $3 ORDER BY s.ordinal LIMIT $4`,
      [documentId, locale, after, limit + 1],
    );
    const page = toPage(rows, limit, (row) => ({ sortKey: String(row.ordinal), id: row.segment_id }));
    return { items: page.items.map((row) => toSegmentView(row, locale, document.sourceLocale)), nextCursor: page.nextCursor };
  }

  async get(ctx: ActorContext, documentId: string, segmentId: string, locale: string): Promise<{ document: Document; view: SegmentView; row: SegmentViewRow }> {
    const document = await this.documents.getForLocale(ctx, documentId, locale);
    requireTarget(document, locale);
    const { view, row } = await this.segment(this.dataSource.manager, document, segmentId, locale);
    return { document, view, row };
  }

  /** A translator's save: QA runs, findings are stored, the outdated flag is cleared (the text now answers the current source). */
  async save(ctx: ActorContext, documentId: string, segmentId: string, locale: string, input: SaveTranslationDto, ifMatch: number): Promise<SegmentView> {
    const { actor } = ctx;
    const document = await this.documents.get(ctx, documentId);
    await this.documents.assertTranslationWrite(ctx, document, locale, 'translate', segmentId);
    requireTarget(document, locale);
    const { row } = await this.segment(this.dataSource.manager, document, segmentId, locale);
    if (row.archived_at) throw DocumentsProblems.segmentArchived();
    const qa = await this.glossary.check(row.source_text, input.text, document.sourceLocale, locale);
    const state = input.state ?? 'translated';
    return this.dataSource.transaction(async (manager) => {
      const values = [input.text, state, row.source_hash, JSON.stringify(qa.findings), actor.userId];
      // INSERT answers its rows, UPDATE `[rows, count]` on the server: read both the same way.
      const saved: { id: string } | undefined = returnedRows<{ id: string }>(
        ifMatch === 0 && !row.translation_id
          ? await manager.query(
              `INSERT INTO translation (segment_id, document_id, locale, text, state, based_on_source_hash, qa_findings, translator_id, translated_at)
               SELECT $6, $7, $8, $1, $2, $3, $4, $5, now() WHERE ${SOURCE_STILL_CURRENT.replace('$segment', '$6')}
               ON CONFLICT (segment_id, locale) DO NOTHING RETURNING id`,
              [...values, segmentId, documentId, locale],
            )
          : await manager.query(
              `UPDATE translation SET text = $1, state = $2, based_on_source_hash = $3, qa_findings = $4, translator_id = $5,
                      translated_at = now(), outdated = false, previous_source_text = NULL, reviewer_id = NULL, reviewed_at = NULL,
                      version = version + 1, updated_at = now()
                WHERE id = $6 AND version = $7 AND ${SOURCE_STILL_CURRENT.replace('$segment', 'translation.segment_id')} RETURNING id`,
              [...values, row.translation_id, ifMatch],
            ),
      )[0];
      // Someone else saved first, created the row meanwhile, or a new revision changed the source: reload.
      if (!saved) throw Problems.preconditionFailed(RESOURCE, Number(row.version));
      await this.history(manager, saved.id, 'saved', actor.userId);
      await this.events.record(manager, {
        type: 'documents.translation.saved',
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: saved.id,
        document,
        before: row.translation_id ? { text: row.text, state: row.state, outdated: row.outdated } : null,
        after: { text: input.text, state, locale, segmentId, qaErrors: qa.findings.filter((f) => f.severity === 'error').length },
        payload: { segmentId, locale, state },
      });
      return (await this.segment(manager, document, segmentId, locale)).view;
    });
  }

  /** A reviewer's decision. Approval needs a clean QA run (re-checked: the glossary may have changed) and a current source. */
  async review(ctx: ActorContext, documentId: string, segmentId: string, locale: string, decision: ReviewDecision, ifMatch: number): Promise<SegmentView> {
    const { actor } = ctx;
    const document = await this.documents.get(ctx, documentId);
    await this.documents.assertTranslationWrite(ctx, document, locale, 'review_translation', segmentId);
    requireTarget(document, locale);
    const { row } = await this.segment(this.dataSource.manager, document, segmentId, locale);
    if (!row.translation_id) throw Problems.notFound(RESOURCE);
    // A stale If-Match is answered as such before any rule about the state it no longer has.
    if (ifMatch !== Number(row.version)) throw Problems.preconditionFailed(RESOURCE, Number(row.version));
    if (row.outdated && decision !== 'rejected') throw DocumentsProblems.outdated(row.previous_source_text);
    if (!REVIEW_FROM[decision].includes(row.state)) throw DocumentsProblems.reviewNotAllowed(row.state, decision);
    const qa = await this.glossary.check(row.source_text, row.text ?? '', document.sourceLocale, locale);
    if (decision === 'approved' && qa.blocking) throw DocumentsProblems.qaBlocksApproval(qa.findings);
    const state: TranslationState = decision === 'rejected' ? 'draft' : decision;
    return this.dataSource.transaction(async (manager) => {
      const updated: { id: string } | undefined = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE translation SET state = $1, qa_findings = $2, reviewer_id = $3, reviewed_at = now(), version = version + 1, updated_at = now()
            WHERE id = $4 AND version = $5 RETURNING id`,
          [state, JSON.stringify(qa.findings), actor.userId, row.translation_id, ifMatch],
        ),
      )[0];
      if (!updated) throw Problems.preconditionFailed(RESOURCE, Number(row.version));
      await this.history(manager, updated.id, decision, actor.userId);
      if (state === 'approved') {
        await this.memory.record(manager, [
          {
            sourceLocale: document.sourceLocale,
            targetLocale: locale,
            sourceText: row.source_text,
            targetText: row.text ?? '',
            sourceHash: row.source_hash,
            previousHash: row.previous_hash,
            nextHash: row.next_hash,
            documentId,
            segmentId,
            createdBy: actor.userId,
          },
        ]);
      }
      await this.events.record(manager, {
        type: `documents.translation.${decision}`,
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: updated.id,
        document,
        before: { state: row.state },
        after: { state, locale, segmentId },
        payload: { segmentId, locale, state },
      });
      return (await this.segment(manager, document, segmentId, locale)).view;
    });
  }

  /** Every change of one translation, oldest first. */
  async history(manager: EntityManager, translationId: string, action: string, actorId: string): Promise<void> {
    await manager.query(
      `INSERT INTO translation_history (translation_id, action, text, state, outdated, source_hash, actor_id)
       SELECT id, $2, text, state, outdated, based_on_source_hash, $3 FROM translation WHERE id = $1`,
      [translationId, action, actorId],
    );
  }

  async historyOf(ctx: ActorContext, documentId: string, segmentId: string, locale: string) {
    const { row } = await this.get(ctx, documentId, segmentId, locale);
    if (!row.translation_id) return [];
    const rows: { action: string; text: string | null; state: string; outdated: boolean; actor_id: string | null; at: Date }[] = await this.dataSource.query(
      `SELECT action, text, state, outdated, actor_id, at FROM translation_history WHERE translation_id = $1 ORDER BY id`,
      [row.translation_id],
    );
    return rows.map((entry) => ({
      action: entry.action,
      text: entry.text,
      state: entry.state,
      outdated: entry.outdated,
      actorId: entry.actor_id,
      at: entry.at,
    }));
  }

  /** Memory suggestions and glossary terms for one segment: what a translator sees beside the editor. */
  async suggestions(ctx: ActorContext, documentId: string, segmentId: string, locale: string) {
    const { document, row } = await this.get(ctx, documentId, segmentId, locale);
    const memory = await this.memory.suggest({
      text: row.source_text,
      hash: row.source_hash,
      sourceLocale: document.sourceLocale,
      targetLocale: locale,
      previousHash: row.previous_hash,
      nextHash: row.next_hash,
      forJurisdictionCode: document.jurisdictionCode,
    });
    const glossary = (await this.glossary.glossary()).match(row.source_text, document.sourceLocale, locale);
    return {
      memory: memory.map((suggestion) => ({
        kind: suggestion.kind,
        score: suggestion.score,
        sourceText: suggestion.candidate.sourceText,
        targetText: suggestion.candidate.targetText,
        diff: suggestion.diff,
      })),
      glossary,
    };
  }

  private async segment(manager: EntityManager, document: Document, segmentId: string, locale: string): Promise<{ view: SegmentView; row: SegmentViewRow }> {
    const [row]: SegmentViewRow[] = await manager.query(`${SEGMENT_VIEW_SQL} WHERE s.id = $1 AND s.document_id = $3`, [segmentId, locale, document.id]);
    if (!row) throw Problems.notFound('segment');
    return { row, view: toSegmentView(row, locale, document.sourceLocale) };
  }
}

export function requireTarget(document: Document, locale: string): void {
  if (!document.targetLocales.includes(locale)) throw DocumentsProblems.localeNotTargeted(locale, document.targetLocales);
}
