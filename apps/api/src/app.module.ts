import { type DynamicModule, Module } from '@nestjs/common';
import { DocumentsModule } from '@bluecarbon/documents';
import { IdentityModule } from '@bluecarbon/identity';
import { MethodologyModule } from '@bluecarbon/methodology';
import { NotificationsModule } from '@bluecarbon/notifications';
import { OnboardingModule } from '@bluecarbon/onboarding';
import { ProjectsModule } from '@bluecarbon/projects';
import { type AppConfig, PlatformModule } from '@bluecarbon/platform';
import { API_ENTITIES } from './api-entities';
import { DemoDataModule } from './seed/demo-data.module';

/** Composes the feature libraries into the HTTP API. No domain logic lives here. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, { http: true, runOutboxRelay: config.workerInApi, entities: API_ENTITIES }),
        IdentityModule,
        OnboardingModule,
        MethodologyModule,
        DocumentsModule,
        NotificationsModule,
        ProjectsModule,
        DemoDataModule,
      ],
    };
  }
}
