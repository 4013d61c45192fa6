import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PasswordHasher, seedDemoData } from '@bluecarbon/identity';
import { AppConfig } from '@bluecarbon/platform';
import { seedOnboardingDemo } from './seed-onboarding-demo';

/**
 * On a fresh embedded database (the newcomer's `npm start`), adds the onboarding demo on top
 * of identity's demo people. Identity's seeder runs in the same bootstrap phase and either
 * has already run or will find its rows; its seed is idempotent, so running it first here
 * guarantees the organisations and users the partners need, in whatever order Nest calls us.
 */
@Injectable()
export class OnboardingDemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.isProduction || this.config.databaseEngine !== 'embedded' || !this.config.env.RUN_MIGRATIONS) return;
    const [{ exists }]: { exists: boolean }[] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM jurisdiction) AS exists`);
    if (exists) return;
    await seedDemoData(this.dataSource, this.config.env.DEMO_PASSWORD, (password) => this.hasher.hash(password));
    const result = await seedOnboardingDemo(this.dataSource);
    if (result.cases) this.logger.log(`loaded onboarding demo: ${result.jurisdictions} jurisdictions, ${result.cases} cases`);
  }
}
