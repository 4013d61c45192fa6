import { type DynamicModule, Module } from '@nestjs/common';
import { IdentityWorkerModule } from '@bluecarbon/identity';
import { OnboardingWorkerModule } from '@bluecarbon/onboarding';
import { type AppConfig, PlatformModule } from '@bluecarbon/platform';

/** Background work: the outbox relay (and, from later modules, mail, webhooks, reminders). */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config, { http: false, runOutboxRelay: true }), IdentityWorkerModule, OnboardingWorkerModule],
    };
  }
}
