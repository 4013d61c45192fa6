import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditService } from './audit/audit.service';
import { RefusalAudit } from './audit/refusal-audit';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { type EntityList, PLATFORM_ENTITIES } from './database/create-data-source';
import { DatabaseModule } from './database/database.module';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { ShutdownState } from './lifecycle/shutdown-state';
import { DatabaseMetrics } from './metrics/database-metrics';
import { Metrics } from './metrics/metrics';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxService } from './outbox/outbox.service';
import { RelayLifecycle, RUN_OUTBOX_RELAY } from './outbox/relay-lifecycle';
import { RateLimitHousekeeping } from './rate-limit/rate-limit-housekeeping';
import { RateLimiter } from './rate-limit/rate-limiter';

export interface PlatformOptions {
  /** Run the outbox relay in this process (the worker always; the API on the embedded engine). */
  runOutboxRelay: boolean;
  /** Serve the health endpoints (the API does; the worker has no HTTP). */
  http: boolean;
  /** Every entity of the app's feature modules (the platform adds its own). */
  entities: EntityList;
}

/** Config, database, audit and outbox for every app; feature modules inject from here. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(options.entities), TypeOrmModule.forFeature([...PLATFORM_ENTITIES])],
      controllers: options.http ? [HealthController] : [],
      providers: [
        AuditService,
        OutboxService,
        OutboxRelay,
        RateLimiter,
        RateLimitHousekeeping,
        RefusalAudit,
        HealthService,
        RelayLifecycle,
        ShutdownState,
        Metrics,
        DatabaseMetrics,
        { provide: RUN_OUTBOX_RELAY, useValue: options.runOutboxRelay },
      ],
      exports: [AuditService, OutboxService, OutboxRelay, RateLimiter, RefusalAudit, ShutdownState, Metrics],
    };
  }
}
