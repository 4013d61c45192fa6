import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PasswordHasher, seedDemoData } from '@bluecarbon/identity';
import { AppConfig } from '@bluecarbon/platform';
import { RevisionWriter } from '../documents/revision-writer';
import { Document } from '../entities/document.entity';
import { MemoryService } from '../memory/memory.service';
import { ENPING_DEMO_ENGLISH, ENPING_DEMO_MARKDOWN, ENPING_DEMO_TITLE } from './enping-demo';

/**
 * On a fresh embedded database (the newcomer's `npm start`), adds Enping's bilingual project
 * description on top of identity's demo people (seeded first here, idempotently, as the
 * onboarding demo does: Nest calls bootstrap hooks in no promised order).
 */
@Injectable()
export class DocumentsDemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly writer: RevisionWriter,
    private readonly memory: MemoryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.isProduction || this.config.databaseEngine !== 'embedded' || !this.config.env.RUN_MIGRATIONS) return;
    const [{ exists }]: { exists: boolean }[] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM document) AS exists`);
    if (exists) return;
    await seedDemoData(this.dataSource, this.config.env.DEMO_PASSWORD, (password) => this.hasher.hash(password));
    const segments = await this.seedEnping();
    if (segments) this.logger.log(`loaded documents demo: Enping project description (${segments} segments, zh-CN → en, pt-BR)`);
  }

  private async seedEnping(): Promise<number> {
    const [enping]: { id: string; jurisdiction_id: string | null }[] = await this.dataSource.query(
      `SELECT id, jurisdiction_id FROM organisation WHERE jurisdiction_code = 'CN-GD-ENPING' LIMIT 1`,
    );
    const [author]: { id: string }[] = await this.dataSource.query(`SELECT id FROM app_user WHERE email = 'coordinator@enping.demo'`);
    const [reviewer]: { id: string }[] = await this.dataSource.query(`SELECT id FROM app_user WHERE email = 'reviewer.en@bluecarbon.demo'`);
    if (!enping || !author || !reviewer) return 0;
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(Document, {
        title: ENPING_DEMO_TITLE,
        subjectType: 'project',
        subjectId: null,
        sourceLocale: 'zh-CN',
        targetLocales: ['en', 'pt-BR'],
        ownerOrganisationId: enping.id,
        jurisdictionId: enping.jurisdiction_id,
        jurisdictionCode: 'CN-GD-ENPING',
        status: 'draft',
        dueOn: null,
        currentRevision: 0,
        createdBy: author.id,
      });
      const document = await manager.findOneByOrFail(Document, { id: inserted.identifiers[0].id as string });
      const revision = await this.writer.write(manager, document, ENPING_DEMO_MARKDOWN, author.id, 'Demo project description');
      await manager.update(Document, { id: document.id }, { currentRevision: revision.revision });
      const rows: { id: string; source_text: string; source_hash: string; previous_hash: string | null; next_hash: string | null }[] = await manager.query(
        `SELECT id, source_text, source_hash, previous_hash, next_hash FROM document_segment WHERE document_id = $1 ORDER BY ordinal`,
        [document.id],
      );
      const pairs = rows.slice(0, ENPING_DEMO_ENGLISH.length).map((row, index) => ({ row, ...ENPING_DEMO_ENGLISH[index] }));
      for (const { row, text, state } of pairs) {
        await manager.query(
          `INSERT INTO translation (segment_id, document_id, locale, text, state, based_on_source_hash, translator_id, translated_at, reviewer_id, reviewed_at)
           VALUES ($1, $2, 'en', $3, $4, $5, $6, now(), $7, $8)`,
          [row.id, document.id, text, state, row.source_hash, reviewer.id, state === 'approved' ? reviewer.id : null, state === 'approved' ? new Date() : null],
        );
      }
      await this.memory.record(
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
            createdBy: reviewer.id,
          })),
      );
      return revision.segments;
    });
  }
}
