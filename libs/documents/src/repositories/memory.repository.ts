import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedStatement, queryPrepared } from '@bluecarbon/platform';

/** One memory pair as the suggestion query reads it. */
export interface MemoryCandidateRow {
  id: string;
  source_text: string;
  target_text: string;
  previous_hash: string | null;
  next_hash: string | null;
  updated_at: Date;
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

/** Columns of `translation_memory` a write sends, one array each (`unnest`). */
export interface MemoryPairColumns {
  sourceLocales: string[];
  targetLocales: string[];
  sourceTexts: string[];
  targetTexts: string[];
  sourceHashes: string[];
  createdBy: (string | null)[];
}

/**
 * Pairs a city shares with others: those of no document or of a document of no city (or of
 * `$city` where given), and a city's pairs once published (their segment in a revision
 * published in that locale, approved before that publication). Kept in one place so that
 * suggestions and TMX exports share the same rule.
 */
function sharedWith(city: string): string {
  return `(m.document_id IS NULL OR EXISTS (
            SELECT 1 FROM document d
             WHERE d.id = m.document_id AND (d.jurisdiction_code ${city} OR EXISTS (
                   SELECT 1 FROM document_publication p JOIN document_segment s ON s.id = m.segment_id
                    WHERE p.document_id = d.id AND p.locale = m.target_locale
                      AND p.revision BETWEEN s.first_revision AND s.last_revision AND p.published_at >= m.updated_at))))`;
}

const CANDIDATES = preparedStatement(
  'documents_memory_candidates',
  `SELECT m.id, m.source_text, m.target_text, m.previous_hash, m.next_hash, m.updated_at FROM translation_memory m
    WHERE m.source_locale = $1 AND m.target_locale = $2 AND (m.source_hash = $3 OR m.source_text % $4)
      AND ${sharedWith('IS NOT DISTINCT FROM $5')}
    ORDER BY m.source_hash = $3 DESC, similarity(m.source_text, $4) DESC LIMIT $6`,
);

/** Named queries over `translation_memory`. */
@Injectable()
export class MemoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Up to `limit` candidates for one source text, exact hash first, then by trigram similarity
   * (GIN index, `%` at pg_trgm's similarity_threshold, 0.3 unless a session changes it; nothing
   * here does); pairs of other cities only once published. One prepared statement, no
   * transaction: after five executions the server keeps a generic plan (the GIN index does not
   * depend on the values), so a suggestion costs one round trip without planning.
   */
  async candidates(
    query: { text: string; hash: string; sourceLocale: string; targetLocale: string; forJurisdictionCode: string | null },
    limit: number,
  ): Promise<MemoryCandidateRow[]> {
    return queryPrepared(this.dataSource.manager, CANDIDATES, [
      query.sourceLocale,
      query.targetLocale,
      query.hash,
      query.text,
      query.forJurisdictionCode,
      limit,
    ]);
  }

  /** Every pair of a locale pair that is shared with everyone, oldest first, with its author's name. */
  async shareable(sourceLocale: string, targetLocale: string): Promise<SharedMemoryPair[]> {
    return this.dataSource.query(
      `SELECT m.source_text, m.target_text, m.document_id, m.segment_id, m.updated_at, m.origin, u.display_name AS created_by_name FROM translation_memory m
         LEFT JOIN app_user u ON u.id = m.created_by
        WHERE m.source_locale = $1 AND m.target_locale = $2 AND ${sharedWith('IS NULL')}
        ORDER BY m.updated_at, m.id`,
      [sourceLocale, targetLocale],
    );
  }

  /** Inserts pairs without a document; a pair already stored is left as it is. Answers how many rows were new. */
  async insertImported(manager: EntityManager, pairs: MemoryPairColumns & { origins: string[] }): Promise<number> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO translation_memory (source_locale, target_locale, source_text, target_text, source_hash, created_by, origin)
       SELECT s, t, st, tt, h, c, o::jsonb FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[]) AS v(s, t, st, tt, h, c, o)
       ON CONFLICT (source_locale, target_locale, source_hash, md5(target_text)) DO NOTHING
       RETURNING id`,
      [pairs.sourceLocales, pairs.targetLocales, pairs.sourceTexts, pairs.targetTexts, pairs.sourceHashes, pairs.createdBy, pairs.origins],
    );
    return rows.length;
  }

  /**
   * Inserts approved pairs with their context; a pair already stored only takes the new
   * context. No two rows may be the same pair (ON CONFLICT DO UPDATE touches a row once).
   */
  async upsertApproved(
    manager: EntityManager,
    pairs: MemoryPairColumns & {
      previousHashes: (string | null)[];
      nextHashes: (string | null)[];
      documentIds: (string | null)[];
      segmentIds: (string | null)[];
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO translation_memory (source_locale, target_locale, source_text, target_text, source_hash, previous_hash, next_hash, document_id, segment_id, created_by)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::uuid[], $10::uuid[])
       ON CONFLICT (source_locale, target_locale, source_hash, md5(target_text))
       DO UPDATE SET previous_hash = EXCLUDED.previous_hash, next_hash = EXCLUDED.next_hash, document_id = EXCLUDED.document_id,
                     segment_id = EXCLUDED.segment_id, updated_at = now()`,
      [
        pairs.sourceLocales,
        pairs.targetLocales,
        pairs.sourceTexts,
        pairs.targetTexts,
        pairs.sourceHashes,
        pairs.previousHashes,
        pairs.nextHashes,
        pairs.documentIds,
        pairs.segmentIds,
        pairs.createdBy,
      ],
    );
  }
}
