import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type ActorContext } from '@bluecarbon/identity';
import type { PutGlossaryTermsDto } from '../dto/glossary.dto';
import { DocumentEvents } from '../events/document-events.service';
import { Glossary, type GlossaryConcept, type TermStatus } from '../engine/glossary';
import { hasBlockingFindings, type QaFinding, runQaChecks } from '../engine/qa';

/** Glossary changes are rare; QA on every save reads a cached copy at most this old (other replicas: until it expires). */
const CACHE_MS = 30_000;

/** The glossary tables as the engine's Glossary, and QA of a translation against it. */
@Injectable()
export class GlossaryService {
  private cached: { glossary: Glossary; at: number } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DocumentEvents,
  ) {}

  /**
   * Replaces a concept's terms in one locale (creating the concept if new). Language teams keep
   * the glossary: reviewers of that locale, as for approving translations.
   */
  async putTerms(ctx: ActorContext, conceptId: string, locale: string, input: PutGlossaryTermsDto) {
    const { actor } = ctx;
    await this.access.assert(ctx, 'review_translation', { kind: 'translation', locale, jurisdictionCode: null, jurisdictionId: null }, conceptId);
    const terms = [...new Map(input.terms.map((term) => [term.text, term])).values()];
    await this.dataSource.transaction(async (manager) => {
      const before: { text: string; status: string }[] = await manager.query(`SELECT text, status FROM glossary_term WHERE concept_id = $1 AND locale = $2 ORDER BY text`, [
        conceptId,
        locale,
      ]);
      await manager.query(
        `INSERT INTO glossary_concept (id, note) VALUES ($1, $2)
         ON CONFLICT (id) DO UPDATE SET note = coalesce($2, glossary_concept.note), updated_at = now()`,
        [conceptId, input.note ?? null],
      );
      await manager.query(`DELETE FROM glossary_term WHERE concept_id = $1 AND locale = $2`, [conceptId, locale]);
      await manager.query(`INSERT INTO glossary_term (concept_id, locale, text, status) SELECT $1, $2, * FROM unnest($3::text[], $4::text[])`, [
        conceptId,
        locale,
        terms.map((term) => term.text),
        terms.map((term) => term.status),
      ]);
      await this.events.record(manager, {
        type: 'documents.glossary.updated',
        actor,
        context: ctx,
        subjectType: 'glossary_concept',
        subjectId: conceptId,
        document: null,
        before: { locale, terms: before },
        after: { locale, terms, note: input.note ?? null },
      });
    });
    this.cached = null; // this replica checks with the new terms at once
    return (await this.concepts()).find((concept) => concept.id === conceptId);
  }

  /** Drops this replica's cached copy after a write elsewhere in the lib (a TBX import). */
  invalidate(): void {
    this.cached = null;
  }

  async glossary(): Promise<Glossary> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.glossary;
    const rows: { id: string; note: string | null; locale: string | null; text: string | null; status: TermStatus | null }[] = await this.dataSource.query(
      `SELECT c.id, c.note, t.locale, t.text, t.status FROM glossary_concept c LEFT JOIN glossary_term t ON t.concept_id = c.id ORDER BY c.id, t.locale, t.status, t.text`,
    );
    const concepts = new Map<string, GlossaryConcept>();
    for (const row of rows) {
      const concept = concepts.get(row.id) ?? { id: row.id, ...(row.note ? { note: row.note } : {}), terms: {} };
      concepts.set(row.id, concept);
      if (row.locale && row.text && row.status) (concept.terms[row.locale] ??= []).push({ text: row.text, status: row.status });
    }
    this.cached = { glossary: new Glossary([...concepts.values()]), at: Date.now() };
    return this.cached.glossary;
  }

  async concepts(): Promise<readonly GlossaryConcept[]> {
    return (await this.glossary()).concepts;
  }

  /** QA findings of a translation; errors block approval, warnings are shown. */
  async check(source: string, target: string, sourceLocale: string, targetLocale: string): Promise<{ findings: QaFinding[]; blocking: boolean }> {
    return checkWith(await this.glossary(), source, target, sourceLocale, targetLocale);
  }
}

/** QA against a glossary already loaded: for use inside a transaction (PGlite has one session). */
export function checkWith(glossary: Glossary, source: string, target: string, sourceLocale: string, targetLocale: string): { findings: QaFinding[]; blocking: boolean } {
  const findings = runQaChecks({ source, target, sourceLocale, targetLocale }, { glossary });
  return { findings, blocking: hasBlockingFindings(findings) };
}
