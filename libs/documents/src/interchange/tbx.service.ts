import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ActorContext, can, type Resource } from '@bluecarbon/identity';
import { SUPPORTED_LOCALES, translate } from '@bluecarbon/platform';
import { asProblem } from '../documents-problems';
import type { TermStatus } from '../domain/glossary';
import { exportTbx, importTbx } from '../domain/tbx';
import { sameLanguage } from '../domain/tmx';
import { DocumentEvents } from '../events/document-events.service';
import { GlossaryService } from '../glossary/glossary.service';
import { GlossaryRepository } from '../repositories/glossary.repository';
import { XLIFF_MAX_BYTES } from './xliff.service';

/** As the glossary's own edits allow (PutGlossaryTermsDto). */
const MAX_TERMS = 50;
const MAX_TERM_CHARS = 200;
const MAX_NOTE_CHARS = 2000;

export type TbxRefusal = 'invalidId' | 'unsupportedLanguage' | 'notYourLocale' | 'tooManyTerms' | 'invalidTerm';

export interface TbxImportReport {
  concepts: number;
  /** Terms new to their concept and locale. */
  added: number;
  /** Terms whose status the file changed. */
  changed: number;
  unchanged: number;
  refused: { index: number; conceptId: string | null; language: string | null; term: string | null; reason: TbxRefusal; message: string }[];
}

const glossaryResource = (locale: string): Resource => ({ kind: 'translation', locale, jurisdictionCode: null, jurisdictionId: null });

/** A file's concept id as ours (`^[a-z0-9][a-z0-9-]{0,63}$`): lower case, other characters as `-`; null when nothing usable is left. */
export function conceptIdOf(id: string | null): string | null {
  const normalised = (id ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z0-9][a-z0-9-]{0,63}$/.test(normalised) ? normalised : null;
}

/**
 * TBX-Basic export and import of the glossary. Anyone signed in reads the glossary, so anyone
 * may export it. An import merges, as reviewers keep the glossary per locale: in the locales
 * the caller reviews, terms the glossary lacks are added and statuses the file gives are
 * applied; nothing is deleted (a file from another tool rarely carries every term). The rest
 * (other locales, unusable ids, too many or too long terms) is refused and reported.
 */
@Injectable()
export class TbxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly glossary: GlossaryService,
    private readonly terms: GlossaryRepository,
    private readonly events: DocumentEvents,
  ) {}

  async export(): Promise<{ xml: string; fileName: string }> {
    return { xml: exportTbx(await this.glossary.concepts()), fileName: 'glossary.tbx' };
  }

  async import(ctx: ActorContext, body: Buffer | string): Promise<TbxImportReport> {
    const file = asProblem(() => importTbx(body, { maxBytes: XLIFF_MAX_BYTES }));
    const { actor, locale } = ctx;
    const report: TbxImportReport = { concepts: file.length, added: 0, changed: 0, unchanged: 0, refused: [] };
    const refuse = (index: number, conceptId: string | null, language: string | null, term: string | null, reason: TbxRefusal): void => {
      report.refused.push({
        index,
        conceptId,
        language,
        term,
        reason,
        message: translate(locale, `documents.tbx.refused.${reason}`, { language, max: reason === 'tooManyTerms' ? MAX_TERMS : MAX_TERM_CHARS }),
      });
    };
    const writes: { conceptId: string; note: string | null; locale: string; text: string; status: TermStatus }[] = [];
    for (const concept of file) {
      const conceptId = conceptIdOf(concept.id);
      if (!conceptId) {
        refuse(concept.index, concept.id, null, null, 'invalidId');
        continue;
      }
      for (const language of concept.languages) {
        const ours = SUPPORTED_LOCALES.find((candidate) => sameLanguage(language.lang, candidate));
        if (!ours) refuse(concept.index, conceptId, language.lang, null, 'unsupportedLanguage');
        else if (!can(actor, 'review_translation', glossaryResource(ours))) refuse(concept.index, conceptId, ours, null, 'notYourLocale');
        else if (language.terms.length > MAX_TERMS) refuse(concept.index, conceptId, ours, null, 'tooManyTerms');
        else {
          for (const term of language.terms) {
            if (!term.text || term.text.length > MAX_TERM_CHARS) refuse(concept.index, conceptId, ours, term.text, 'invalidTerm');
            else
              writes.push({
                conceptId,
                note: concept.note?.slice(0, MAX_NOTE_CHARS) || null,
                locale: ours,
                text: term.text,
                status: term.status ?? 'admitted',
              });
          }
        }
      }
    }
    await this.dataSource.transaction(async (manager) => {
      if (!writes.length) return;
      const conceptIds = [...new Set(writes.map((write) => write.conceptId))];
      const before = await this.terms.termsForUpdate(manager, conceptIds);
      const stored = new Map(before.map((row) => [`${row.concept_id}\u0000${row.locale}\u0000${row.text}`, row.status]));
      // The last mention of a term in the file wins.
      const wanted = new Map(writes.map((write) => [`${write.conceptId}\u0000${write.locale}\u0000${write.text}`, write]));
      const changes = [...wanted.entries()].filter(([key, write]) => stored.get(key) !== write.status).map(([, write]) => write);
      report.unchanged = wanted.size - changes.length;
      report.added = changes.filter((write) => !stored.has(`${write.conceptId}\u0000${write.locale}\u0000${write.text}`)).length;
      report.changed = changes.length - report.added;
      if (!changes.length) return;
      const notes = new Map(changes.map((write) => [write.conceptId, write.note]));
      const upserted = await this.terms.mergeImported(
        manager,
        { ids: [...notes.keys()], notes: [...notes.values()] },
        {
          conceptIds: changes.map((w) => w.conceptId),
          locales: changes.map((w) => w.locale),
          texts: changes.map((w) => w.text),
          statuses: changes.map((w) => w.status),
        },
      );
      await this.terms.appendImportedHistory(
        manager,
        upserted.filter((row) => row.created).map((row) => row.id),
        upserted.filter((row) => !row.created).map((row) => row.id),
        actor.userId,
      );
      for (const conceptId of notes.keys()) {
        await this.events.record(manager, {
          type: 'documents.glossary.imported',
          actor,
          context: ctx,
          subjectType: 'glossary_concept',
          subjectId: conceptId,
          document: null,
          before: { terms: before.filter((row) => row.concept_id === conceptId).map(({ locale: l, text, status }) => ({ locale: l, text, status })) },
          after: { terms: changes.filter((write) => write.conceptId === conceptId).map(({ locale: l, text, status }) => ({ locale: l, text, status })) },
        });
      }
    });
    return report;
  }
}
