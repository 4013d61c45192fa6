import type { DataSource, EntityManager } from 'typeorm';
import { demoCityOrganisation, demoUserId } from '@bluecarbon/identity';
import { revisionSourceOf } from '../documents/revision-source';
import { type RevisionSummary, RevisionWriter } from '../documents/revision-writer';
import { Document } from '../entities/document.entity';
import { MemoryService } from '../memory/memory.service';
import { DocumentsRepository } from '../repositories/documents.repository';
import { MemoryRepository } from '../repositories/memory.repository';
import { SegmentsRepository } from '../repositories/segments.repository';
import { TranslationsRepository } from '../repositories/translations.repository';
import { sourceHash } from '../domain/text';
import { ENPING_DEMO_ENGLISH, ENPING_DEMO_MARKDOWN, ENPING_DEMO_TITLE } from './enping-demo';
import { TAISHAN_DEMO_DUE_IN_DAYS, TAISHAN_DEMO_MARKDOWN, TAISHAN_DEMO_MEMORY, TAISHAN_DEMO_TITLE } from './taishan-demo';
import { insertedId } from '@bluecarbon/platform';

type Added = { documents: number; segments: number };

/**
 * The demo's documents, each only if missing: Enping's description for the English
 * translators, Taishan's for the Chinese and Portuguese ones. Needs identity's demo people and
 * cities; adds nothing without them.
 */
export async function seedDocumentsDemo(dataSource: DataSource): Promise<Added> {
  const enping = await seedEnping(dataSource);
  const taishan = await seedTaishan(dataSource);
  return { documents: enping.documents + taishan.documents, segments: enping.segments + taishan.segments };
}

/**
 * Enping's bilingual project description: written by Enping's demo coordinator in Chinese, the
 * English mostly approved by the demo reviewer (and so in the memory), Portuguese not started.
 */
async function seedEnping(dataSource: DataSource): Promise<Added> {
  const enping = await demoCityOrganisation(dataSource.manager, 'CN-GD-ENPING');
  const authorId = await demoUserId(dataSource.manager, 'coordinator@enping.demo');
  const reviewerId = await demoUserId(dataSource.manager, 'reviewer.en@bluecarbon.demo');
  if (!enping || !authorId || !reviewerId) return { documents: 0, segments: 0 };
  const [existing] = await dataSource.query(`SELECT 1 FROM document WHERE jurisdiction_code = 'CN-GD-ENPING' AND title = $1`, [ENPING_DEMO_TITLE]);
  if (existing) return { documents: 0, segments: 0 };
  return dataSource.transaction(async (manager) => {
    const inserted = await manager.insert(Document, {
      title: ENPING_DEMO_TITLE,
      subjectType: 'project',
      subjectId: null,
      sourceLocale: 'zh-CN',
      targetLocales: ['en', 'pt-BR'],
      ownerOrganisationId: enping.id,
      jurisdictionId: enping.jurisdictionId,
      jurisdictionCode: 'CN-GD-ENPING',
      status: 'draft',
      dueOn: null,
      currentRevision: 0,
      createdBy: authorId,
    });
    const document = await manager.findOneByOrFail(Document, { id: insertedId(inserted) });
    const revision = await writeFirstRevision(dataSource, manager, document, ENPING_DEMO_MARKDOWN, authorId);
    const rows: { id: string; source_text: string; source_hash: string; previous_hash: string | null; next_hash: string | null }[] = await manager.query(
      `SELECT id, source_text, source_hash, previous_hash, next_hash FROM document_segment WHERE document_id = $1 ORDER BY ordinal`,
      [document.id],
    );
    const pairs = rows.flatMap((row, index) => {
      const english = ENPING_DEMO_ENGLISH[index];
      return english ? [{ row, ...english }] : [];
    });
    for (const { row, text, state } of pairs) {
      const approved = state === 'approved';
      await manager.query(
        `INSERT INTO translation (segment_id, document_id, locale, text, state, based_on_source_hash, translator_id, translated_at, reviewer_id, reviewed_at)
         VALUES ($1, $2, 'en', $3, $4, $5, $6, now(), $7, $8)`,
        [row.id, document.id, text, state, row.source_hash, reviewerId, approved ? reviewerId : null, approved ? new Date() : null],
      );
    }
    await new MemoryService(new MemoryRepository(dataSource)).record(
      manager,
      pairs
        .filter((pair) => pair.state === 'approved')
        .map(({ row, text }) => ({
          sourceLocale: 'zh-CN',
          targetLocale: 'en',
          sourceText: row.source_text,
          targetText: text,
          sourceHash: row.source_hash,
          previousHash: row.previous_hash,
          nextHash: row.next_hash,
          documentId: document.id,
          segmentId: row.id,
          createdBy: reviewerId,
        })),
    );
    return { documents: 1, segments: revision.segments };
  });
}

/**
 * Taishan's project description in English, due in TAISHAN_DEMO_DUE_IN_DAYS, untranslated in
 * Chinese and Portuguese; with it, the Chinese team's earlier approved pairs that match some
 * of its sentences, recorded as the memory records any approval (in the same transaction: the
 * document and its matches arrive together or not at all).
 */
async function seedTaishan(dataSource: DataSource): Promise<Added> {
  const taishan = await demoCityOrganisation(dataSource.manager, 'CN-GD-TAISHAN');
  const authorId = await demoUserId(dataSource.manager, 'coordinator@taishan.demo');
  const reviewerId = await demoUserId(dataSource.manager, 'reviewer.zh@bluecarbon.demo');
  if (!taishan || !authorId || !reviewerId) return { documents: 0, segments: 0 };
  const [existing] = await dataSource.query(`SELECT 1 FROM document WHERE jurisdiction_code = 'CN-GD-TAISHAN' AND title = $1`, [TAISHAN_DEMO_TITLE]);
  if (existing) return { documents: 0, segments: 0 };
  const dueOn = new Date(Date.now() + TAISHAN_DEMO_DUE_IN_DAYS * 86_400_000).toISOString().slice(0, 10);
  return dataSource.transaction(async (manager) => {
    const inserted = await manager.insert(Document, {
      title: TAISHAN_DEMO_TITLE,
      subjectType: 'project',
      subjectId: null,
      sourceLocale: 'en',
      targetLocales: ['zh-CN', 'pt-BR'],
      ownerOrganisationId: taishan.id,
      jurisdictionId: taishan.jurisdictionId,
      jurisdictionCode: 'CN-GD-TAISHAN',
      status: 'draft',
      dueOn,
      currentRevision: 0,
      createdBy: authorId,
    });
    const document = await manager.findOneByOrFail(Document, { id: insertedId(inserted) });
    const revision = await writeFirstRevision(dataSource, manager, document, TAISHAN_DEMO_MARKDOWN, authorId);
    await new MemoryService(new MemoryRepository(dataSource)).record(
      manager,
      TAISHAN_DEMO_MEMORY.map(({ sourceText, targetText }) => ({
        sourceLocale: 'en',
        targetLocale: 'zh-CN',
        sourceText,
        targetText,
        sourceHash: sourceHash(sourceText),
        previousHash: null,
        nextHash: null,
        documentId: null,
        segmentId: null,
        createdBy: reviewerId,
      })),
    );
    return { documents: 1, segments: revision.segments };
  });
}

/** The writer as the module wires it, for a seed that runs outside Nest. */
/** Writes `markdown` as the document's first revision, as the API does (segments, alignment, counts), and makes it current. */
async function writeFirstRevision(
  dataSource: DataSource,
  manager: EntityManager,
  document: Document,
  markdown: string,
  authorId: string,
): Promise<RevisionSummary> {
  const writer = new RevisionWriter(new DocumentsRepository(dataSource), new SegmentsRepository(), new TranslationsRepository(dataSource));
  const source = await revisionSourceOf({ input: markdown, locale: document.sourceLocale });
  const revision = await writer.write(manager, document, source, authorId, 'Demo project description');
  await manager.update(Document, { id: document.id }, { currentRevision: revision.revision });
  return revision;
}
