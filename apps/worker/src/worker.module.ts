import { type DynamicModule, Module } from '@nestjs/common';
import { IDENTITY_ENTITIES, IdentityWorkerModule } from '@bluecarbon/identity';
import { ONBOARDING_ENTITIES, OnboardingWorkerModule } from '@bluecarbon/onboarding';
import { type AppConfig, PlatformModule } from '@bluecarbon/platform';

/** Background work: the outbox relay (and, from later modules, mail, webhooks, reminders). */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config, { http: false, runOutboxRelay: true, entities: [...IDENTITY_ENTITIES, ...ONBOARDING_ENTITIES] }),
        IdentityWorkerModule,
        OnboardingWorkerModule,
      ],
    };
  }
}
