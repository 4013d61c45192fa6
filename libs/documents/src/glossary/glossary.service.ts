import { Injectable } from '@nestjs/common';
import { Glossary, type GlossaryConcept } from '../domain/glossary';
import { hasBlockingFindings, type QaFinding, runQaChecks } from '../domain/qa';
import { GlossaryRepository } from '../repositories/glossary.repository';

/**
 * The glossary tables as the engine's Glossary, and QA of a translation against it. QA runs on
 * every save, so the built glossary is kept; it is used only while the tables' stamp is the
 * one it was built from, so a write on any replica is seen by the next check on every other.
 */
@Injectable()
export class GlossaryService {
  private cached: { glossary: Glossary; stamp: string } | null = null;

  constructor(private readonly terms: GlossaryRepository) {}

  async glossary(): Promise<Glossary> {
    // Read before the rows: a write in between leaves a stamp older than the rows, so the next call reloads.
    const stamp = await this.terms.stamp();
    if (this.cached?.stamp === stamp) return this.cached.glossary;
    const concepts = new Map<string, GlossaryConcept>();
    for (const row of await this.terms.all()) {
      const concept = concepts.get(row.id) ?? { id: row.id, ...(row.note ? { note: row.note } : {}), terms: {} };
      concepts.set(row.id, concept);
      if (row.locale && row.text && row.status) (concept.terms[row.locale] ??= []).push({ text: row.text, status: row.status });
    }
    this.cached = { glossary: new Glossary([...concepts.values()]), stamp };
    return this.cached.glossary;
  }

  async concepts(): Promise<readonly GlossaryConcept[]> {
    return (await this.glossary()).concepts;
  }

  /** Every concept with its edit counter (the ETag of its writes). */
  versions(): Promise<Map<string, number>> {
    return this.terms.versions();
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
