import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Glossary, type GlossaryConcept, type TermStatus } from '../domain/glossary';
import { hasBlockingFindings, type QaFinding, runQaChecks } from '../domain/qa';

/** Glossary changes are rare; QA on every save reads a cached copy at most this old (other replicas: until it expires). */
const CACHE_MS = 30_000;

/** The glossary tables as the engine's Glossary, and QA of a translation against it. */
@Injectable()
export class GlossaryService {
  private cached: { glossary: Glossary; at: number } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Drops this replica's cached copy after a write (an edit, a TBX import), so QA checks with the new terms at once. */
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

  /** Every concept with its edit counter (the ETag of its writes). */
  async versions(): Promise<Map<string, number>> {
    const rows: { id: string; version: number }[] = await this.dataSource.query(`SELECT id, version FROM glossary_concept`);
    return new Map(rows.map((row) => [row.id, Number(row.version)]));
  }

  /** QA findings of a translation; errors block approval, warnings are shown. */
  async check(source: string, target: string, sourceLocale: string, targetLocale: string): Promise<{ findings: QaFinding[]; blocking: boolean }> {
    return checkWith(await this.glossary(), source, target, sourceLocale, targetLocale);
  }
}

/** QA against a glossary already loaded: for use inside a transaction (PGlite has one session). */
export function checkWith(
  glossary: Glossary,
  source: string,
  target: string,
  sourceLocale: string,
  targetLocale: string,
): { findings: QaFinding[]; blocking: boolean } {
  const findings = runQaChecks({ source, target, sourceLocale, targetLocale }, { glossary });
  return { findings, blocking: hasBlockingFindings(findings) };
}
