import { Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './create-data-source';
import { runMigrations } from './run-migrations';

@Injectable()
class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger('Database');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.env.RUN_MIGRATIONS) return;
    const applied = await runMigrations(this.dataSource, this.config.databaseEngine);
    if (applied.length) this.logger.log(`applied migrations: ${applied.join(', ')}`);
  }
}

/**
 * TypeORM on the configured engine, migrated before the application starts serving. Entities
 * come from each feature module's `TypeOrmModule.forFeature` (autoLoadEntities): no globs.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => ({ ...(await dataSourceOptions(config)), autoLoadEntities: true }),
    }),
  ],
  providers: [MigrationRunner],
})
export class DatabaseModule {}
