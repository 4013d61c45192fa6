import { type DynamicModule, Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { isPermanentConnectionError } from '../lifecycle/startup-failure';
import { dataSourceOptions, type EntityList } from './create-data-source';
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
 * TypeORM on the configured engine, migrated before the application starts serving. The
 * entities are the app's explicit list, the one its CLIs (db:seed, admin:create) map too; no
 * auto-loading from `forFeature`, which a data source built outside Nest would not see.
 */
@Module({})
export class DatabaseModule {
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: async (config: AppConfig) => ({
            ...(await dataSourceOptions(config, entities)),
            // A server that is down or still starting may come up; a wrong name or password won't.
            toRetry: (error: unknown) => !isPermanentConnectionError(error),
          }),
        }),
      ],
      providers: [MigrationRunner],
    };
  }
}
