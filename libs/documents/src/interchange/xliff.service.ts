import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type ActorContext, can } from '@bluecarbon/identity';
import { translate } from '@bluecarbon/platform';
import { asProblem } from '../documents-problems';
import type { XliffVersion } from '../dto/document.dto';
import { translationResource } from '../documents/document-access';
import { DocumentsService } from '../documents/documents.service';
import { SegmentedRevisions } from '../documents/segmented-revisions';
import { type ImportDecision, planXliffImport } from '../domain/import-plan';
import type { QaFinding } from '../domain/qa';
import type { TranslationState } from '../domain/translation-state';
import { exportXliff20, xliffBlocksFor } from '../domain/xliff-export';
import { exportXliff12 } from '../domain/xliff12-export';
import { importXliff } from '../domain/xliff-import';
import { DocumentEvents } from '../events/document-events.service';
import { checkWith, GlossaryService } from '../glossary/glossary.service';
import { type MemoryEntry, MemoryService } from '../memory/memory.service';
import { findingsWithMessages } from '../translations/findings-view';
import { requireTarget } from '../translations/translations.service';

/** Largest XLIFF, TMX or TBX file accepted (also the body limit of their content-type parser). */
export const XLIFF_MAX_BYTES = 20 * 1024 * 1024;

interface StoredRow {
  id: string;
  ordinal: number;
  source_text: string;
  source_hash: string;
  previous_hash: string | null;
  next_hash: string | null;
  text: string | null;
  state: TranslationState | null;
  outdated: boolean | null;
  previous_source_text: string | null;
  /** The translation's version; 0 when none is stored. */
  version: number;
}

export interface XliffImportReport {
  version: '2.0' | '1.2';
  targetLocale: string;
  counts: Record<ImportDecision['kind'], number>;
  /** Translations applied with a lower state than the file asked for (role or QA). */
  capped: number;
  /** Refused because the source changed since the export: the file's text is kept here, not lost. */
  staleSource: { segmentId: string; reason: string; fileSourceText: string; currentSourceText: string | null; targetText: string | null }[];
  /** Refused because the stored translation changed since the export (the file would revert it). */
  changedSince: { segmentId: string; reason: string; fileVersion: number; currentVersion: number; targetText: string }[];
  unknownSegments: string[];
  qaErrors: { segmentId: string; findings: QaFinding[] }[];
}

@Injectable()
export class XliffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly glossary: GlossaryService,
    private readonly memory: MemoryService,
    private readonly events: DocumentEvents,
    private readonly revisions: SegmentedRevisions,
  ) {}

  async export(ctx: ActorContext, documentId: string, target: string, version: XliffVersion = '2.0'): Promise<{ xml: string; fileName: string }> {
    const document = await this.documents.getForLocale(ctx, documentId, target);
    requireTarget(document, target);
    const segmented = await this.revisions.get(document.id, document.currentRevision, document.sourceLocale, () => this.documents.currentMarkdown(document));
    const stored = await this.stored(documentId, target);
    const byOrdinal = new Map(stored.map((row) => [row.ordinal, row]));
    const blocks = xliffBlocksFor(segmented, (segment) => {
      const row = byOrdinal.get(segment.ordinal);
      return {
        id: row?.id ?? `missing-${segment.ordinal}`,
        targetText: row?.text ?? null,
        state: row?.state ?? 'untranslated',
        outdated: row?.outdated ?? false,
        previousSourceText: row?.previous_source_text ?? null,
        version: Number(row?.version ?? 0),
      };
    });
    const write = version === '1.2' ? exportXliff12 : exportXliff20;
    const xml = asProblem(() =>
      write({
        fileId: `d${document.id}`,
        original: `documents/${document.id}/revisions/${document.currentRevision}.md`,
        sourceLocale: document.sourceLocale,
        targetLocale: target,
        blocks,
      }),
    );
    return { xml, fileName: `${document.id}.${target}.xlf` };
  }

  /**
   * Applies a CAT tool's file in one transaction. Segments whose source changed since the
   * export, and those whose translation changed since (the file would revert newer work), are
   * refused and returned in the report with their text and a reason; translators get the states
   * they may set (a translator at most `translated`), and approvals with QA errors stay `reviewed`.
   */
  async import(ctx: ActorContext, documentId: string, body: Buffer | string): Promise<XliffImportReport> {
    const { actor } = ctx;
    const document = await this.documents.get(ctx, documentId);
    const file = asProblem(() => importXliff(body, { maxBytes: XLIFF_MAX_BYTES }));
    const target = file.targetLocale ?? '';
    await this.documents.assertTranslationWrite(ctx, document, target, 'translate', documentId);
    requireTarget(document, target);
    const reviewer = can(actor, 'review_translation', translationResource(document, target));
    const glossary = await this.glossary.glossary(); // loaded before the transaction: PGlite has one session
    const locale = ctx.locale;
    return this.dataSource.transaction(async (manager) => {
      // Locks out a concurrent revision (it updates this row first): the plan below stays true until commit.
      await manager.query(`SELECT id FROM document WHERE id = $1 FOR UPDATE`, [documentId]);
      const stored = await this.stored(documentId, target, manager);
      const byId = new Map(stored.map((row) => [row.id, row]));
      const plan = asProblem(() =>
        planXliffImport(
          file,
          stored.map((row) => ({
            id: row.id,
            hash: row.source_hash,
            text: row.source_text,
            translation: row.state ? { text: row.text, state: row.state, outdated: row.outdated ?? false, version: Number(row.version) } : null,
          })),
          { sourceLocale: document.sourceLocale, targetLocale: target, maxState: reviewer ? 'approved' : 'translated' },
        ),
      );
      const report: XliffImportReport = {
        version: file.version,
        targetLocale: target,
        counts: plan.counts,
        capped: 0,
        staleSource: [],
        changedSince: [],
        unknownSegments: [],
        qaErrors: [],
      };
      const changedSince = (segmentId: string, fileVersion: number, currentVersion: number, targetText: string): void => {
        report.changedSince.push({
          segmentId,
          reason: translate(locale, 'documents.xliff.changedSince', { fileVersion, currentVersion }),
          fileVersion,
          currentVersion,
          targetText,
        });
      };
      const writes: { id: string; text: string; state: TranslationState; hash: string; findings: QaFinding[]; capped: boolean; expected: number }[] = [];
      for (const decision of plan.decisions) {
        if (decision.kind === 'staleSource') {
          report.staleSource.push({
            segmentId: decision.id,
            reason: translate(locale, 'documents.xliff.staleSource'),
            fileSourceText: decision.sourceText,
            currentSourceText: byId.get(decision.id)?.source_text ?? null,
            targetText: decision.targetText,
          });
        } else if (decision.kind === 'changedSince') changedSince(decision.id, decision.fileVersion, decision.currentVersion, decision.targetText);
        else if (decision.kind === 'unknownSegment') report.unknownSegments.push(decision.id);
        else if (decision.kind === 'apply') {
          const row = byId.get(decision.id) as StoredRow;
          const qa = checkWith(glossary, row.source_text, decision.targetText, document.sourceLocale, target);
          // Approvals with QA errors stay reviewed.
          const state = qa.blocking && decision.state === 'approved' ? 'reviewed' : decision.state;
          writes.push({
            id: decision.id,
            text: decision.targetText,
            state,
            hash: row.source_hash,
            findings: qa.findings,
            capped: decision.capped || state !== decision.state,
            expected: Number(row.version),
          });
        }
      }
      if (writes.length) {
        // Written only over the version the plan saw (EXCLUDED.version is that + 1): a save
        // committed meanwhile (the document lock does not hold translations) is not reverted.
        const written: { id: string; segment_id: string }[] = await manager.query(
          `INSERT INTO translation (segment_id, document_id, locale, text, state, based_on_source_hash, qa_findings, translator_id, translated_at, reviewer_id, reviewed_at, version)
           SELECT v.segment_id, $1, $2, v.text, v.state, v.hash, v.findings::jsonb, $3, now(),
                  CASE WHEN v.state IN ('reviewed', 'approved') THEN $3::uuid END, CASE WHEN v.state IN ('reviewed', 'approved') THEN now() END, v.expected + 1
             FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[]) AS v(segment_id, text, state, hash, findings, expected)
           ON CONFLICT (segment_id, locale) DO UPDATE
              SET text = EXCLUDED.text, state = EXCLUDED.state, based_on_source_hash = EXCLUDED.based_on_source_hash,
                  qa_findings = EXCLUDED.qa_findings, translator_id = EXCLUDED.translator_id, translated_at = now(),
                  reviewer_id = EXCLUDED.reviewer_id, reviewed_at = EXCLUDED.reviewed_at,
                  outdated = false, previous_source_text = NULL, version = translation.version + 1, updated_at = now()
            WHERE translation.version = EXCLUDED.version - 1
           RETURNING id, segment_id`,
          [
            documentId,
            target,
            actor.userId,
            writes.map((w) => w.id),
            writes.map((w) => w.text),
            writes.map((w) => w.state),
            writes.map((w) => w.hash),
            writes.map((w) => JSON.stringify(w.findings)),
            writes.map((w) => w.expected),
          ],
        );
        const writtenIds = new Set(written.map((row) => row.segment_id));
        const skipped = writes.filter((write) => !writtenIds.has(write.id));
        if (skipped.length) {
          const now: { segment_id: string; version: number }[] = await manager.query(
            `SELECT segment_id, version FROM translation WHERE segment_id = ANY($1::uuid[]) AND locale = $2`,
            [skipped.map((write) => write.id), target],
          );
          const versions = new Map(now.map((row) => [row.segment_id, Number(row.version)]));
          for (const write of skipped) changedSince(write.id, write.expected, versions.get(write.id) ?? write.expected, write.text);
          report.counts = { ...report.counts, apply: report.counts.apply - skipped.length, changedSince: report.counts.changedSince + skipped.length };
        }
        const applied = writes.filter((write) => writtenIds.has(write.id));
        for (const write of applied) {
          if (write.capped) report.capped += 1;
          const errors = write.findings.filter((finding) => finding.severity === 'error');
          if (errors.length) report.qaErrors.push({ segmentId: write.id, findings: findingsWithMessages(errors, locale) });
        }
        await manager.query(
          `INSERT INTO translation_history (translation_id, action, text, state, outdated, source_hash, actor_id)
           SELECT id, 'imported', text, state, outdated, based_on_source_hash, $2 FROM translation WHERE id = ANY($1::uuid[])`,
          [written.map((row) => row.id), actor.userId],
        );
        const approved: MemoryEntry[] = applied
          .filter((write) => write.state === 'approved')
          .map((write) => {
            const row = byId.get(write.id) as StoredRow;
            return {
              sourceLocale: document.sourceLocale,
              targetLocale: target,
              sourceText: row.source_text,
              targetText: write.text,
              sourceHash: row.source_hash,
              previousHash: row.previous_hash,
              nextHash: row.next_hash,
              documentId,
              segmentId: write.id,
              createdBy: actor.userId,
            };
          });
        await this.memory.record(manager, approved);
      }
      await this.events.record(manager, {
        type: 'documents.xliff.imported',
        actor,
        context: ctx,
        subjectType: 'document',
        subjectId: documentId,
        document,
        after: { locale: target, version: file.version, counts: report.counts, capped: report.capped },
        payload: { locale: target, counts: report.counts },
      });
      return report;
    });
  }

  private async stored(documentId: string, locale: string, manager: EntityManager = this.dataSource.manager): Promise<StoredRow[]> {
    return manager.query(
      `SELECT s.id, s.ordinal, s.source_text, s.source_hash, s.previous_hash, s.next_hash, t.text, t.state, t.outdated, t.previous_source_text,
              coalesce(t.version, 0) AS version
         FROM document_segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.locale = $2
        WHERE s.document_id = $1 AND s.archived_at IS NULL ORDER BY s.ordinal`,
      [documentId, locale],
    );
  }
}
