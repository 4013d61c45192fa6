import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ActorContext } from '@bluecarbon/identity';
import { type Page, Problems, toPage, decodeCursor } from '@bluecarbon/platform';
import { DocumentsProblems } from '../documents-problems';
import { DocumentsService } from '../documents/documents.service';
import type { ReviewDecision, SaveTranslationDto } from '../dto/document.dto';
import type { TranslationState } from '../domain/translation-state';
import type { Document } from '../entities/document.entity';
import { DocumentEvents } from '../events/document-events.service';
import { GlossaryService } from '../glossary/glossary.service';
import { MemoryService } from '../memory/memory.service';
import { type SegmentViewRow, TranslationsRepository } from '../repositories/translations.repository';
import { type SegmentView, toSegmentView } from './translation-row';

const RESOURCE = 'translation';

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
    private readonly translations: TranslationsRepository,
  ) {}

  /** The current revision's segments with their translation in `locale`, in document order. */
  async list(ctx: ActorContext, documentId: string, locale: string, limit: number, cursor: string | undefined): Promise<Page<SegmentView>> {
    const document = await this.documents.getForLocale(ctx, documentId, locale);
    requireTarget(document, locale);
    const after = cursor ? Number(decodeCursor(cursor, 'int4').sortKey) : -1;
    const rows = await this.translations.segmentPage(documentId, locale, after, limit + 1);
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
      // Written only for the source the client saw (row.source_hash) and over the version it read.
      const text = { text: input.text, state, sourceHash: row.source_hash, findings: qa.findings, translatorId: actor.userId };
      const savedId =
        ifMatch === 0 && !row.translation_id
          ? await this.translations.insertSaved(manager, { segmentId, documentId, locale }, text)
          : await this.translations.updateSaved(manager, row.translation_id, ifMatch, text);
      // Someone else saved first, created the row meanwhile, or a new revision changed the source: reload.
      if (!savedId) throw Problems.preconditionFailed(RESOURCE, Number(row.version));
      await this.translations.appendHistory(manager, [savedId], 'saved', actor.userId);
      await this.events.record(manager, {
        type: 'documents.translation.saved',
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: savedId,
        document,
        before: row.translation_id ? { text: row.text, state: row.state, outdated: row.outdated } : null,
        after: { text: input.text, state, locale, segmentId, qaErrors: qa.findings.filter((f) => f.severity === 'error').length },
        payload: { segmentId, locale, state },
      });
      return (await this.segment(manager, document, segmentId, locale)).view;
    });
  }

  /** A reviewer's decision. Approval needs a clean QA run (re-checked: the glossary may have changed) and a current source. */
  async review(
    ctx: ActorContext,
    documentId: string,
    segmentId: string,
    locale: string,
    { decision, comment }: { decision: ReviewDecision; comment?: string },
    ifMatch: number,
  ): Promise<SegmentView> {
    const { actor } = ctx;
    const document = await this.documents.get(ctx, documentId);
    await this.documents.assertTranslationWrite(ctx, document, locale, 'review_translation', segmentId);
    requireTarget(document, locale);
    const { row } = await this.segment(this.dataSource.manager, document, segmentId, locale);
    const translationId = row.translation_id;
    if (!translationId) throw Problems.notFound(RESOURCE);
    // A stale If-Match is answered as such before any rule about the state it no longer has.
    if (ifMatch !== Number(row.version)) throw Problems.preconditionFailed(RESOURCE, Number(row.version));
    if (row.outdated && decision !== 'rejected') throw DocumentsProblems.outdated(row.previous_source_text);
    if (!REVIEW_FROM[decision].includes(row.state)) throw DocumentsProblems.reviewNotAllowed(row.state, decision);
    const qa = await this.glossary.check(row.source_text, row.text ?? '', document.sourceLocale, locale);
    if (decision === 'approved' && qa.blocking) throw DocumentsProblems.qaBlocksApproval(qa.findings);
    const state: TranslationState = decision === 'rejected' ? 'draft' : decision;
    return this.dataSource.transaction(async (manager) => {
      const updatedId = await this.translations.updateReviewed(manager, translationId, ifMatch, {
        state,
        findings: qa.findings,
        reviewerId: actor.userId,
      });
      if (!updatedId) throw Problems.preconditionFailed(RESOURCE, Number(row.version));
      await this.translations.appendHistory(manager, [updatedId], decision, actor.userId, comment ?? null);
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
        subjectId: updatedId,
        document,
        before: { state: row.state },
        after: { state, locale, segmentId, comment: comment ?? null },
        payload: { segmentId, locale, state },
      });
      return (await this.segment(manager, document, segmentId, locale)).view;
    });
  }

  async historyOf(ctx: ActorContext, documentId: string, segmentId: string, locale: string) {
    const { row } = await this.get(ctx, documentId, segmentId, locale);
    if (!row.translation_id) return [];
    const rows = await this.translations.history(row.translation_id);
    return rows.map((entry) => ({
      action: entry.action,
      text: entry.text,
      state: entry.state,
      outdated: entry.outdated,
      actorId: entry.actor_id,
      comment: entry.comment,
      at: entry.at,
    }));
  }

  /** Memory suggestions and glossary terms for one segment: what a translator sees beside the editor. */
  async suggestions(ctx: ActorContext, documentId: string, segmentId: string, locale: string) {
    const { document, row } = await this.get(ctx, documentId, segmentId, locale);
    // Independent reads: on the server they share the wait, on the embedded engine they queue.
    const [memory, terms] = await Promise.all([
      this.memory.suggest({
        text: row.source_text,
        hash: row.source_hash,
        sourceLocale: document.sourceLocale,
        targetLocale: locale,
        previousHash: row.previous_hash,
        nextHash: row.next_hash,
        forJurisdictionCode: document.jurisdictionCode,
      }),
      this.glossary.glossary(),
    ]);
    const glossary = terms.match(row.source_text, document.sourceLocale, locale);
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
    const row = await this.translations.segment(manager, document.id, segmentId, locale);
    if (!row) throw Problems.notFound('segment');
    return { row, view: toSegmentView(row, locale, document.sourceLocale) };
  }
}

export function requireTarget(document: Document, locale: string): void {
  if (!document.targetLocales.includes(locale)) throw DocumentsProblems.localeNotTargeted(locale, document.targetLocales);
}
