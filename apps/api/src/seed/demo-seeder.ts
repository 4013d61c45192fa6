import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PasswordHasher } from '@bluecarbon/identity';
import { AppConfig } from '@bluecarbon/platform';
import { runDemoSeeds } from './demo-seeds';

/**
 * The newcomer's `npm start` on the embedded engine gets the demo (each seed adds only what
 * is missing, so a restart costs a few queries). A server is seeded only on request
 * (`npm run db:seed`); production never. Runs after the migrations (they run in onModuleInit).
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.isProduction || this.config.databaseEngine !== 'embedded' || !this.config.env.RUN_MIGRATIONS) return;
    const context = { demoPassword: this.config.env.DEMO_PASSWORD, hashPassword: (password: string) => this.hasher.hash(password) };
    await runDemoSeeds(this.dataSource, context, (line) => this.logger.log(line));
  }
}
