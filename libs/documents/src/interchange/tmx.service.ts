import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type ActorContext, type Resource } from '@bluecarbon/identity';
import { Problems, translate } from '@bluecarbon/platform';
import { asProblem } from '../documents-problems';
import { sourceHash } from '../domain/text';
import { exportTmx, importTmx, sameLanguage } from '../domain/tmx';
import { DocumentEvents } from '../events/document-events.service';
import { MemoryService } from '../memory/memory.service';
import { XLIFF_MAX_BYTES } from './xliff.service';

/** Longest text of a pair accepted from a TMX (a sentence, not a document). */
const MAX_PAIR_CHARS = 10_000;

export type TmxRefusal = 'noSource' | 'noTarget' | 'empty' | 'tooLong';

export interface TmxImportReport {
  sourceLocale: string;
  targetLocale: string;
  units: number;
  /** New pairs in the memory. */
  imported: number;
  /** Pairs the memory already had (left as they were). */
  alreadyPresent: number;
  refused: { index: number; tuid: string | null; reason: TmxRefusal; message: string }[];
}

/** The memory of one locale pair, as the policy sees it: shared material in the target locale. */
export function memoryResource(target: string): Resource {
  return { kind: 'translation', locale: target, jurisdictionCode: null, jurisdictionId: null };
}

/** A pair is two different locales. */
function requirePair(source: string, target: string): void {
  if (source === target) throw Problems.invalidFields([{ field: 'target', rule: 'differentFromSource' }]);
}

/**
 * TMX 1.4b export and import of the translation memory, by locale pair. Who translates into a
 * locale may export its memory (the pairs suggest() would show on any document: never another
 * city's working copy); who reviews it may import (imported pairs are approved pairs, as
 * approving puts them there).
 */
@Injectable()
export class TmxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly memory: MemoryService,
    private readonly events: DocumentEvents,
  ) {}

  async export(ctx: ActorContext, source: string, target: string): Promise<{ xml: string; fileName: string }> {
    requirePair(source, target);
    await this.access.assert(ctx, 'translate', memoryResource(target), `${source}>${target}`);
    const pairs = await this.memory.shareable(source, target);
    const xml = exportTmx({
      sourceLocale: source,
      targetLocale: target,
      units: pairs.map((pair) => ({
        sourceText: pair.source_text,
        targetText: pair.target_text,
        // An imported pair names its author in the other tool; one approved here, its approver.
        creationId: pair.origin?.creationId ?? pair.created_by_name,
        creationDate: pair.origin?.creationDate ?? null,
        changeDate: new Date(pair.updated_at),
        documentId: pair.document_id,
        segmentId: pair.segment_id,
        importedFrom: pair.origin ? (pair.origin.tool ?? 'TMX') : null,
        importedBy: pair.origin ? pair.created_by_name : null,
      })),
    });
    return { xml, fileName: `memory.${source}.${target}.tmx` };
  }

  /** Adds a TMX's pairs for the locale pair in one transaction; units without both languages, empty or too long are refused and reported. */
  async import(ctx: ActorContext, body: Buffer | string, source: string, target: string): Promise<TmxImportReport> {
    requirePair(source, target);
    await this.access.assert(ctx, 'review_translation', memoryResource(target), `${source}>${target}`);
    const file = asProblem(() => importTmx(body, { maxBytes: XLIFF_MAX_BYTES }));
    const { actor, locale } = ctx;
    const report: TmxImportReport = { sourceLocale: source, targetLocale: target, units: file.units.length, imported: 0, alreadyPresent: 0, refused: [] };
    const refuse = (index: number, tuid: string | null, reason: TmxRefusal): void => {
      report.refused.push({ index, tuid, reason, message: translate(locale, `documents.tmx.refused.${reason}`, { max: MAX_PAIR_CHARS, source, target }) });
    };
    const entries = file.units.flatMap((unit) => {
      const sourceText = unit.variants.find((variant) => sameLanguage(variant.lang, source))?.text;
      const targetText = unit.variants.find((variant) => sameLanguage(variant.lang, target))?.text;
      if (sourceText === undefined) return (refuse(unit.index, unit.tuid, 'noSource'), []);
      if (targetText === undefined) return (refuse(unit.index, unit.tuid, 'noTarget'), []);
      if (!sourceText.trim() || !targetText.trim()) return (refuse(unit.index, unit.tuid, 'empty'), []);
      if (sourceText.length > MAX_PAIR_CHARS || targetText.length > MAX_PAIR_CHARS) return (refuse(unit.index, unit.tuid, 'tooLong'), []);
      const origin = { format: 'tmx' as const, tool: file.tool, tuid: unit.tuid, creationId: unit.creationId, creationDate: unit.creationDate };
      return [{ sourceLocale: source, targetLocale: target, sourceText, targetText, sourceHash: sourceHash(sourceText), createdBy: actor.userId, origin }];
    });
    return this.dataSource.transaction(async (manager) => {
      report.imported = await this.memory.addImported(manager, entries);
      report.alreadyPresent = entries.length - report.imported;
      await this.events.record(manager, {
        type: 'documents.memory.imported',
        actor,
        context: ctx,
        subjectType: 'translation_memory',
        subjectId: `${source}>${target}`,
        document: null,
        after: {
          sourceLocale: source,
          targetLocale: target,
          units: report.units,
          imported: report.imported,
          alreadyPresent: report.alreadyPresent,
          refused: report.refused.length,
        },
      });
      return report;
    });
  }
}
