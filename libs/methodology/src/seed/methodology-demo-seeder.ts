import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PasswordHasher, seedDemoData } from '@bluecarbon/identity';
import { AppConfig } from '@bluecarbon/platform';
import { seedMethodologyDemo } from './seed-methodology-demo';

/**
 * On a fresh embedded database (the newcomer's `npm start`), adds the seeded mangrove
 * methodology, stewarded by the demo Shenzhen centre. Identity's seed is idempotent and runs
 * first here, as onboarding's seeder does, so the steward exists whatever order Nest picks.
 */
@Injectable()
export class MethodologyDemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.isProduction || this.config.databaseEngine !== 'embedded' || !this.config.env.RUN_MIGRATIONS) return;
    const [{ exists }]: { exists: boolean }[] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM methodology_template) AS exists`);
    if (exists) return;
    await seedDemoData(this.dataSource, this.config.env.DEMO_PASSWORD, (password) => this.hasher.hash(password));
    const result = await seedMethodologyDemo(this.dataSource);
    if (result.versions) this.logger.log('loaded the mangrove conservation methodology 1.0.0 (published)');
  }
}
