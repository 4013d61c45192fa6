import { type DynamicModule, Module } from '@nestjs/common';
import { IDENTITY_ENTITIES, IdentityWorkerModule } from '@bluecarbon/identity';
import { NotificationsWorkerModule } from '@bluecarbon/notifications';
import { ONBOARDING_ENTITIES, OnboardingWorkerModule } from '@bluecarbon/onboarding';
import { type AppConfig, PlatformModule } from '@bluecarbon/platform';
import { PROJECTS_ENTITIES, ProjectsWorkerModule } from '@bluecarbon/projects';

/** Background work: the outbox relay with its handlers (mail, notifications, webhooks), reminders, digests, auction closing. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config, { http: false, runOutboxRelay: true, entities: [...IDENTITY_ENTITIES, ...ONBOARDING_ENTITIES, ...PROJECTS_ENTITIES] }),
        IdentityWorkerModule,
        OnboardingWorkerModule,
        NotificationsWorkerModule,
        ProjectsWorkerModule,
      ],
    };
  }
}
