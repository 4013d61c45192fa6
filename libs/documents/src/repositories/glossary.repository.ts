import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedStatement, queryPrepared, returnedRows } from '@bluecarbon/platform';
import type { TermStatus } from '../domain/glossary';

/** Read before every QA check and suggestion (GlossaryService.glossary): planned once per connection. */
const STAMP = preparedStatement(
  'documents_glossary_stamp',
  `SELECT concat_ws('/', count(*), sum(version), max(updated_at), (SELECT count(*) FROM glossary_term)) AS stamp FROM glossary_concept`,
);

/** A concept joined with one of its terms (locale, text and status null for a concept without terms). */
export interface ConceptTermRow {
  id: string;
  note: string | null;
  version: number;
  locale: string | null;
  text: string | null;
  status: TermStatus | null;
}

export interface TermRow {
  concept_id: string;
  locale: string;
  text: string;
  status: TermStatus;
}

export interface ConceptHistoryRow {
  action: 'created' | 'updated' | 'deleted';
  version: number;
  note: string | null;
  terms: Record<string, { text: string; status: TermStatus }[]>;
  actor_id: string | null;
  at: Date;
}

/** Terms as columns for one `unnest` statement. */
export interface TermColumns {
  conceptIds: string[];
  locales: string[];
  texts: string[];
  statuses: string[];
}

/** Named queries over `glossary_concept`, `glossary_term` and `glossary_concept_history`. */
@Injectable()
export class GlossaryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every concept with its terms, by concept, locale, status and text. */
  all(): Promise<ConceptTermRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.note, c.version, t.locale, t.text, t.status FROM glossary_concept c LEFT JOIN glossary_term t ON t.concept_id = c.id
        ORDER BY c.id, t.locale, t.status, t.text`,
    );
  }

  /**
   * A value that changes with every write to the glossary: a concept created, edited (its
   * version moves) or deleted, a term added or removed. Aggregates over two small tables: a
   * third of the time of loading the rows on the core glossary, and no matcher to rebuild.
   */
  async stamp(): Promise<string> {
    const [row] = await queryPrepared<{ stamp: string }>(this.dataSource.manager, STAMP, []);
    return row?.stamp ?? '';
  }

  /** One concept with its terms; no row when it does not exist. */
  concept(manager: EntityManager, conceptId: string): Promise<ConceptTermRow[]> {
    return manager.query(
      `SELECT c.id, c.note, c.version, t.locale, t.text, t.status FROM glossary_concept c LEFT JOIN glossary_term t ON t.concept_id = c.id
        WHERE c.id = $1 ORDER BY t.locale, t.status, t.text`,
      [conceptId],
    );
  }

  /** Every concept's edit counter (the ETag of its writes). */
  async versions(): Promise<Map<string, number>> {
    const rows: { id: string; version: number }[] = await this.dataSource.query(`SELECT id, version FROM glossary_concept`);
    return new Map(rows.map((row) => [row.id, Number(row.version)]));
  }

  async version(manager: EntityManager, conceptId: string): Promise<number | undefined> {
    const [row]: { version: number }[] = await manager.query(`SELECT version FROM glossary_concept WHERE id = $1`, [conceptId]);
    return row ? Number(row.version) : undefined;
  }

  /** A new concept at version 1; false when the id is taken. */
  async insertConcept(manager: EntityManager, conceptId: string, note: string | null): Promise<boolean> {
    const rows = returnedRows<{ id: string }>(
      await manager.query(`INSERT INTO glossary_concept (id, note) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id`, [conceptId, note]),
    );
    return rows.length > 0;
  }

  /** Moves the edit counter (and the note, when given) from `expected`; false when the version was another. */
  async bump(manager: EntityManager, conceptId: string, expected: number, note: string | null): Promise<boolean> {
    const rows = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE glossary_concept SET version = version + 1, note = coalesce($3, note), updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
        [conceptId, expected, note],
      ),
    );
    return rows.length > 0;
  }

  /** Deletes the concept and its terms if still at version `expected`; false otherwise. */
  async deleteConcept(manager: EntityManager, conceptId: string, expected: number): Promise<boolean> {
    const rows = returnedRows<{ id: string }>(
      await manager.query(
        `WITH terms AS (DELETE FROM glossary_term WHERE concept_id = $1 AND EXISTS (SELECT 1 FROM glossary_concept WHERE id = $1 AND version = $2))
         DELETE FROM glossary_concept WHERE id = $1 AND version = $2 RETURNING id`,
        [conceptId, expected],
      ),
    );
    return rows.length > 0;
  }

  /** The concept's terms in `locale` become exactly `terms` (texts unique). */
  async replaceTerms(manager: EntityManager, conceptId: string, locale: string, terms: readonly { text: string; status: string }[]): Promise<void> {
    await manager.query(`DELETE FROM glossary_term WHERE concept_id = $1 AND locale = $2`, [conceptId, locale]);
    await manager.query(`INSERT INTO glossary_term (concept_id, locale, text, status) SELECT $1, $2, * FROM unnest($3::text[], $4::text[])`, [
      conceptId,
      locale,
      terms.map((term) => term.text),
      terms.map((term) => term.status),
    ]);
  }

  async appendHistory(
    manager: EntityManager,
    entry: { conceptId: string; action: ConceptHistoryRow['action']; version: number; note: string | null; terms: ConceptHistoryRow['terms']; actorId: string },
  ): Promise<void> {
    await manager.query(`INSERT INTO glossary_concept_history (concept_id, action, version, note, terms, actor_id) VALUES ($1, $2, $3, $4, $5::jsonb, $6)`, [
      entry.conceptId,
      entry.action,
      entry.version,
      entry.note,
      JSON.stringify(entry.terms),
      entry.actorId,
    ]);
  }

  /** Every state of a concept, oldest first (kept after its deletion). */
  history(conceptId: string): Promise<ConceptHistoryRow[]> {
    return this.dataSource.query(`SELECT action, version, note, terms, actor_id, at FROM glossary_concept_history WHERE concept_id = $1 ORDER BY at, id`, [
      conceptId,
    ]);
  }

  /** Concepts missing so far, and terms missing so far; nothing stored changes (the core glossary seed). */
  async addMissing(manager: EntityManager, concepts: { ids: string[]; notes: (string | null)[] }, terms: TermColumns): Promise<void> {
    await manager.query(`INSERT INTO glossary_concept (id, note) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (id) DO NOTHING`, [
      concepts.ids,
      concepts.notes,
    ]);
    await manager.query(
      `INSERT INTO glossary_term (concept_id, locale, text, status) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (concept_id, locale, text) DO NOTHING`,
      [terms.conceptIds, terms.locales, terms.texts, terms.statuses],
    );
  }

  /** The stored terms of some concepts, locked until commit. */
  termsForUpdate(manager: EntityManager, conceptIds: string[]): Promise<TermRow[]> {
    return manager.query(
      `SELECT concept_id, locale, text, status FROM glossary_term WHERE concept_id = ANY($1::text[]) ORDER BY concept_id, locale, text FOR UPDATE`,
      [conceptIds],
    );
  }

  /**
   * Imported terms: concepts created or their version moved (a note only where they had none),
   * terms added or their status replaced. Answers each concept and whether this statement created it.
   */
  async mergeImported(
    manager: EntityManager,
    concepts: { ids: string[]; notes: (string | null)[] },
    terms: TermColumns,
  ): Promise<{ id: string; created: boolean }[]> {
    // xmax is 0 on a row this statement inserted, set on one it updated: which concepts the
    // file created, even when another import creates the same id at the same time.
    const upserted: { id: string; created: boolean }[] = await manager.query(
      `INSERT INTO glossary_concept (id, note) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (id) DO UPDATE SET note = coalesce(glossary_concept.note, EXCLUDED.note), version = glossary_concept.version + 1, updated_at = now()
       RETURNING id, (xmax = 0) AS created`,
      [concepts.ids, concepts.notes],
    );
    await manager.query(
      `INSERT INTO glossary_term (concept_id, locale, text, status) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (concept_id, locale, text) DO UPDATE SET status = EXCLUDED.status`,
      [terms.conceptIds, terms.locales, terms.texts, terms.statuses],
    );
    return upserted;
  }

  /**
   * One history row per concept an import created or changed, holding its whole state
   * afterwards (every locale's terms, ordered as `concept` reads them), as an edit through the
   * API leaves one. In one statement, however many concepts the file has.
   */
  async appendImportedHistory(manager: EntityManager, created: string[], updated: string[], actorId: string): Promise<void> {
    await manager.query(
      `INSERT INTO glossary_concept_history (concept_id, action, version, note, terms, actor_id)
       SELECT c.id, CASE WHEN c.id = ANY($1::text[]) THEN 'created' ELSE 'updated' END, c.version, c.note,
              coalesce((SELECT jsonb_object_agg(l.locale, l.terms) FROM (
                          SELECT t.locale, jsonb_agg(jsonb_build_object('text', t.text, 'status', t.status) ORDER BY t.status, t.text) AS terms
                            FROM glossary_term t WHERE t.concept_id = c.id GROUP BY t.locale) l), '{}'::jsonb),
              $3
         FROM glossary_concept c WHERE c.id = ANY($1::text[]) OR c.id = ANY($2::text[])`,
      [created, updated, actorId],
    );
  }
}
