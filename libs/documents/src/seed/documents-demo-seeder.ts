import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PasswordHasher, seedDemoData } from '@bluecarbon/identity';
import { AppConfig } from '@bluecarbon/platform';
import { seedDocumentsDemo } from './seed-documents-demo';

/**
 * On the embedded engine (the newcomer's `npm start`), adds Enping's bilingual project
 * description. Identity's demo people are seeded first here (idempotently): Nest calls
 * bootstrap hooks in no promised order. Once the API has one list of demo seeds, this hook
 * becomes an entry in it calling `seedDocumentsDemo`.
 */
@Injectable()
export class DocumentsDemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.isProduction || this.config.databaseEngine !== 'embedded' || !this.config.env.RUN_MIGRATIONS) return;
    await seedDemoData(this.dataSource, this.config.env.DEMO_PASSWORD, (password) => this.hasher.hash(password));
    const added = await seedDocumentsDemo(this.dataSource);
    if (added.documents) this.logger.log(`loaded documents demo: Enping project description (${added.segments} segments, zh-CN → en, pt-BR)`);
  }
}
