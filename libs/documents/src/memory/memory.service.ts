import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type MemoryCandidate, type MemorySuggestion, rankMemoryMatches } from '../domain/tm-ranking';
import { MemoryRepository, type MemoryOrigin, type SharedMemoryPair } from '../repositories/memory.repository';

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

/** Candidates read for re-ranking by character similarity. */
const CANDIDATES = 50;

/**
 * Translation memory: approved pairs, found by exact hash or by trigram similarity (GIN index,
 * `%` operator). Trigrams work for Chinese on a UTF-8 database (each run of Han characters is
 * one "word" whose character trigrams are compared); the engine's character-level re-ranking
 * then orders them the way CAT tools show matches.
 */
@Injectable()
export class MemoryService {
  constructor(private readonly pairs: MemoryRepository) {}

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
    const rows = await this.pairs.candidates(query, CANDIDATES);
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
    return this.pairs.shareable(sourceLocale, targetLocale);
  }

  /** Adds imported pairs (no document) in the caller's transaction; a pair already stored is left as it is. Answers how many were new. */
  async addImported(
    manager: EntityManager,
    entries: readonly (Pick<MemoryEntry, 'sourceLocale' | 'targetLocale' | 'sourceText' | 'targetText' | 'sourceHash' | 'createdBy'> & {
      origin: MemoryOrigin;
    })[],
  ): Promise<number> {
    if (!entries.length) return 0;
    return this.pairs.insertImported(manager, {
      ...columnsOf(entries),
      origins: entries.map((e) => JSON.stringify(e.origin)),
    });
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
    await this.pairs.upsertApproved(manager, {
      ...columnsOf(unique),
      previousHashes: unique.map((e) => e.previousHash),
      nextHashes: unique.map((e) => e.nextHash),
      documentIds: unique.map((e) => e.documentId),
      segmentIds: unique.map((e) => e.segmentId),
    });
  }
}

function columnsOf(entries: readonly Pick<MemoryEntry, 'sourceLocale' | 'targetLocale' | 'sourceText' | 'targetText' | 'sourceHash' | 'createdBy'>[]) {
  return {
    sourceLocales: entries.map((e) => e.sourceLocale),
    targetLocales: entries.map((e) => e.targetLocale),
    sourceTexts: entries.map((e) => e.sourceText),
    targetTexts: entries.map((e) => e.targetText),
    sourceHashes: entries.map((e) => e.sourceHash),
    createdBy: entries.map((e) => e.createdBy),
  };
}
