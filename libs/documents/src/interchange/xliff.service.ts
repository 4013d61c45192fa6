import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ActorContext, can } from '@bluecarbon/identity';
import { translate } from '@bluecarbon/platform';
import { asProblem } from '../documents-problems';
import type { XliffVersion } from '../dto/document.dto';
import { translationResource } from '../documents/document-access';
import { DocumentsService } from '../documents/documents.service';
import { DerivedOutputs } from '../documents/derived-outputs';
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
import { DocumentsRepository } from '../repositories/documents.repository';
import { type InterchangeRow, TranslationsRepository } from '../repositories/translations.repository';
import { findingsWithMessages } from '../translations/findings-view';
import { requireTarget } from '../translations/translations.service';

/** Largest XLIFF, TMX or TBX file accepted (also the body limit of their content-type parser). */
export const XLIFF_MAX_BYTES = 20 * 1024 * 1024;

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
    private readonly outputs: DerivedOutputs,
    private readonly documentRows: DocumentsRepository,
    private readonly translations: TranslationsRepository,
  ) {}

  /** The file as UTF-8 bytes: kept encoded, a 2,000-segment file (1 MB) is not encoded again for each request. */
  async export(ctx: ActorContext, documentId: string, target: string, version: XliffVersion = '2.0'): Promise<{ xml: Buffer; fileName: string }> {
    const document = await this.documents.getForLocale(ctx, documentId, target);
    requireTarget(document, target);
    const manager = this.dataSource.manager;
    // Everything the file is written from: the revision (its segmentation never changes), the version, the rows' columns it reads.
    const xml = await this.outputs.fresh(
      ['xliff', version, document.id, document.currentRevision, document.sourceLocale, target],
      () => this.translations.interchangeFingerprint(manager, documentId, target),
      () => this.translations.fingerprintedInterchangeRows(manager, documentId, target),
      async (stored) => {
        const segmented = await this.revisions.get(document.id, document.currentRevision, document.sourceLocale, () =>
          this.documents.currentMarkdown(document),
        );
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
        const file = asProblem(() =>
          write({
            fileId: `d${document.id}`,
            original: `documents/${document.id}/revisions/${document.currentRevision}.md`,
            sourceLocale: document.sourceLocale,
            targetLocale: target,
            blocks,
          }),
        );
        return Buffer.from(file, 'utf8');
      },
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
      await this.documentRows.lock(manager, documentId);
      const stored = await this.translations.interchangeRows(manager, documentId, target);
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
          const row = byId.get(decision.id) as InterchangeRow;
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
        // Written only over the version the plan saw: a save committed meanwhile (the document lock does not hold translations) is not reverted.
        const written = await this.translations.upsertImported(
          manager,
          { documentId, locale: target, actorId: actor.userId },
          writes.map((write) => ({ ...write, segmentId: write.id })),
        );
        const writtenIds = new Set(written.map((row) => row.segment_id));
        const skipped = writes.filter((write) => !writtenIds.has(write.id));
        if (skipped.length) {
          const versions = await this.translations.versions(
            manager,
            skipped.map((write) => write.id),
            target,
          );
          for (const write of skipped) changedSince(write.id, write.expected, versions.get(write.id) ?? write.expected, write.text);
          report.counts = { ...report.counts, apply: report.counts.apply - skipped.length, changedSince: report.counts.changedSince + skipped.length };
        }
        const applied = writes.filter((write) => writtenIds.has(write.id));
        for (const write of applied) {
          if (write.capped) report.capped += 1;
          const errors = write.findings.filter((finding) => finding.severity === 'error');
          if (errors.length) report.qaErrors.push({ segmentId: write.id, findings: findingsWithMessages(errors, locale) });
        }
        await this.translations.appendHistory(
          manager,
          written.map((row) => row.id),
          'imported',
          actor.userId,
        );
        const approved: MemoryEntry[] = applied
          .filter((write) => write.state === 'approved')
          .map((write) => {
            const row = byId.get(write.id) as InterchangeRow;
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
}
