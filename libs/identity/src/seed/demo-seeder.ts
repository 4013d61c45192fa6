import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '@bluecarbon/platform';
import { PasswordHasher } from '../passwords/password-hasher';
import { seedDemoData } from './seed-demo';

/**
 * Loads the demo users when the API starts on a fresh embedded database (the newcomer's
 * `npm start`). A server database is seeded only on request (`npm run db:seed`); production
 * never. Runs after the migrations (they run in onModuleInit).
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
    const [{ exists }]: { exists: boolean }[] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM app_user) AS exists`);
    if (exists) return;
    const result = await seedDemoData(this.dataSource, this.config.env.DEMO_PASSWORD, (password) => this.hasher.hash(password));
    this.logger.log(`loaded demo data: ${result.organisations} organisations, ${result.users} users (password: DEMO_PASSWORD)`);
  }
}
