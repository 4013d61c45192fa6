import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type MemoryCandidate, type MemorySuggestion, rankMemoryMatches } from '../domain/tm-ranking';

export interface MemoryEntry {
  sourceLocale: string;
  targetLocale: string;
  sourceText: string;
  targetText: string;
  sourceHash: string;
  previousHash: string | null;
  nextHash: string | null;
  documentId: string | null;
  segmentId: string | null;
  createdBy: string | null;
}

/** Where an imported pair came from (`translation_memory.origin`); null for pairs approved here. */
export interface MemoryOrigin {
  format: 'tmx';
  tool: string | null;
  tuid: string | null;
  creationId: string | null;
  creationDate: string | null;
}

export interface SharedMemoryPair {
  source_text: string;
  target_text: string;
  document_id: string | null;
  segment_id: string | null;
  updated_at: Date;
  created_by_name: string | null;
  origin: MemoryOrigin | null;
}

/** pg_trgm's similarity floor for candidates; the engine then re-ranks by character similarity. */
const TRIGRAM_THRESHOLD = 0.3;
const CANDIDATES = 50;

/**
 * Translation memory: approved pairs, found by exact hash or by trigram similarity (GIN index,
 * `%` operator). Trigrams work for Chinese on a UTF-8 database (each run of Han characters is
 * one "word" whose character trigrams are compared); the engine's character-level re-ranking
 * then orders them the way CAT tools show matches.
 */
@Injectable()
export class MemoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `forJurisdictionCode` is the city of the document being translated. Another city's pair is
   * suggested only once it was published: its segment is in a revision published in that
   * locale, approved before that publication. A published document's later revisions are
   * working copy, which that city has not shared either.
   */
  async suggest(
    query: {
      text: string;
      hash: string;
      sourceLocale: string;
      targetLocale: string;
      previousHash: string | null;
      nextHash: string | null;
      forJurisdictionCode: string | null;
    },
    limit = 5,
  ): Promise<MemorySuggestion<MemoryCandidate>[]> {
    const rows: { id: string; source_text: string; target_text: string; previous_hash: string | null; next_hash: string | null; updated_at: Date }[] =
      await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(TRIGRAM_THRESHOLD)]);
        return manager.query(
          `SELECT m.id, m.source_text, m.target_text, m.previous_hash, m.next_hash, m.updated_at FROM translation_memory m
            WHERE m.source_locale = $1 AND m.target_locale = $2 AND (m.source_hash = $3 OR m.source_text % $4)
              AND (m.document_id IS NULL OR EXISTS (
                    SELECT 1 FROM document d
                     WHERE d.id = m.document_id AND (d.jurisdiction_code IS NOT DISTINCT FROM $5 OR EXISTS (
                           SELECT 1 FROM document_publication p JOIN document_segment s ON s.id = m.segment_id
                            WHERE p.document_id = d.id AND p.locale = m.target_locale
                              AND p.revision BETWEEN s.first_revision AND s.last_revision AND p.published_at >= m.updated_at))))
            ORDER BY m.source_hash = $3 DESC, similarity(m.source_text, $4) DESC LIMIT ${CANDIDATES}`,
          [query.sourceLocale, query.targetLocale, query.hash, query.text, query.forJurisdictionCode],
        );
      });
    const candidates = rows.map((row) => ({
      id: row.id,
      sourceText: row.source_text,
      targetText: row.target_text,
      previousHash: row.previous_hash,
      nextHash: row.next_hash,
      updatedAt: row.updated_at,
    }));
    return rankMemoryMatches({ text: query.text, locale: query.sourceLocale, previousHash: query.previousHash, nextHash: query.nextHash }, candidates, {
      limit,
    });
  }

  /**
   * The pairs of a locale pair that anyone who translates it may take away (a TMX export):
   * imported and seeded pairs, pairs of documents that belong to no city, and a city's pairs
   * once published as suggest() shares them; never another city's working copy.
   */
  async shareable(sourceLocale: string, targetLocale: string): Promise<SharedMemoryPair[]> {
    return this.dataSource.query(
      `SELECT m.source_text, m.target_text, m.document_id, m.segment_id, m.updated_at, m.origin, u.display_name AS created_by_name FROM translation_memory m
         LEFT JOIN app_user u ON u.id = m.created_by
        WHERE m.source_locale = $1 AND m.target_locale = $2
          AND (m.document_id IS NULL OR EXISTS (
                SELECT 1 FROM document d
                 WHERE d.id = m.document_id AND (d.jurisdiction_code IS NULL OR EXISTS (
                       SELECT 1 FROM document_publication p JOIN document_segment s ON s.id = m.segment_id
                        WHERE p.document_id = d.id AND p.locale = m.target_locale
                          AND p.revision BETWEEN s.first_revision AND s.last_revision AND p.published_at >= m.updated_at))))
        ORDER BY m.updated_at, m.id`,
      [sourceLocale, targetLocale],
    );
  }

  /** Adds imported pairs (no document) in the caller's transaction; a pair already stored is left as it is. Answers how many were new. */
  async addImported(
    manager: EntityManager,
    entries: readonly (Pick<MemoryEntry, 'sourceLocale' | 'targetLocale' | 'sourceText' | 'targetText' | 'sourceHash' | 'createdBy'> & {
      origin: MemoryOrigin;
    })[],
  ): Promise<number> {
    if (!entries.length) return 0;
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO translation_memory (source_locale, target_locale, source_text, target_text, source_hash, created_by, origin)
       SELECT s, t, st, tt, h, c, o::jsonb FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[]) AS v(s, t, st, tt, h, c, o)
       ON CONFLICT (source_locale, target_locale, source_hash, md5(target_text)) DO NOTHING
       RETURNING id`,
      [
        entries.map((e) => e.sourceLocale),
        entries.map((e) => e.targetLocale),
        entries.map((e) => e.sourceText),
        entries.map((e) => e.targetText),
        entries.map((e) => e.sourceHash),
        entries.map((e) => e.createdBy),
        entries.map((e) => JSON.stringify(e.origin)),
      ],
    );
    return rows.length;
  }

  /** Stores approved pairs in the caller's transaction; the same pair again only refreshes its context. */
  async record(manager: EntityManager, entries: readonly MemoryEntry[]): Promise<void> {
    // One row per pair: ON CONFLICT DO UPDATE may not touch a row twice in one statement.
    const unique = [
      ...new Map(
        entries.map((entry) => [`${entry.sourceLocale}\u0000${entry.targetLocale}\u0000${entry.sourceHash}\u0000${entry.targetText}`, entry]),
      ).values(),
    ];
    if (!unique.length) return;
    const columns: (keyof MemoryEntry)[] = [
      'sourceLocale',
      'targetLocale',
      'sourceText',
      'targetText',
      'sourceHash',
      'previousHash',
      'nextHash',
      'documentId',
      'segmentId',
      'createdBy',
    ];
    await manager.query(
      `INSERT INTO translation_memory (source_locale, target_locale, source_text, target_text, source_hash, previous_hash, next_hash, document_id, segment_id, created_by)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::uuid[], $10::uuid[])
       ON CONFLICT (source_locale, target_locale, source_hash, md5(target_text))
       DO UPDATE SET previous_hash = EXCLUDED.previous_hash, next_hash = EXCLUDED.next_hash, document_id = EXCLUDED.document_id,
                     segment_id = EXCLUDED.segment_id, updated_at = now()`,
      columns.map((column) => unique.map((entry) => entry[column])),
    );
  }
}
