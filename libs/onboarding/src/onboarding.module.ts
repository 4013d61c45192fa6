import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '@bluecarbon/documents';
import { IdentityModule } from '@bluecarbon/identity';
import { MethodologyModule } from '@bluecarbon/methodology';
import { AppConfig } from '@bluecarbon/platform';
import { PartnerAccess } from './access/partner-access.service';
import { ApplicationsController } from './applications/applications.controller';
import { ApplicationRateLimit } from './applications/application-rate-limit';
import { ApplicationsService } from './applications/applications.service';
import { CasesController } from './cases/cases.controller';
import { CasesService } from './cases/cases.service';
import { PartnerProgressModule } from './cases/partner-progress';
import { ONBOARDING_ENTITIES } from './entities';
import { registerOnboardingTranslations } from './i18n/translations';
import { JurisdictionsController } from './jurisdictions/jurisdictions.controller';
import { JurisdictionsService } from './jurisdictions/jurisdictions.service';
import { JurisdictionDirectoryModule } from './jurisdictions/jurisdiction-directory';
import { OnboardingEvents } from './onboarding-events.service';
import { PlaybooksController } from './playbooks/playbooks.controller';
import { PlaybooksService } from './playbooks/playbooks.service';
import { ONBOARDING_REPOSITORIES } from './repositories';
import { ReminderJob } from './reminders/reminder-job';
import { ReminderScheduler, RUN_ONBOARDING_JOBS } from './reminders/reminder-scheduler';
import { CommentsService } from './steps/comments.service';
import { EvidenceReferences } from './steps/evidence-references.service';
import { EvidenceUploadParser } from './steps/evidence-body-parser';
import { EvidenceService } from './steps/evidence.service';
import { StepAssignmentService } from './steps/step-assignment.service';
import { StepTransitionsService } from './steps/step-transitions.service';
import { StepsController } from './steps/steps.controller';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { WebhookSecrets } from './webhooks/webhook-secrets';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksService } from './webhooks/webhooks.service';

registerOnboardingTranslations();

/** Entities and the background work both the API and the worker may run. */
@Module({
  imports: [TypeOrmModule.forFeature(ONBOARDING_ENTITIES)],
  providers: [...ONBOARDING_REPOSITORIES, WebhookDispatcher, WebhookSecrets, ReminderJob],
  exports: [TypeOrmModule, ...ONBOARDING_REPOSITORIES, ReminderJob, WebhookSecrets],
})
export class OnboardingCoreModule {}

/**
 * Partner onboarding over HTTP: jurisdictions, applications, playbooks, cases and steps with
 * evidence and comments, progress, webhooks. The reminder job runs here only where the API
 * also runs the outbox relay (the embedded engine); otherwise the worker runs it.
 */
@Module({
  // Evidence references resolve through the libs that own the records (neither imports onboarding).
  imports: [OnboardingCoreModule, JurisdictionDirectoryModule, PartnerProgressModule, IdentityModule, MethodologyModule, DocumentsModule],
  controllers: [JurisdictionsController, ApplicationsController, PlaybooksController, CasesController, StepsController, WebhooksController],
  providers: [
    { provide: RUN_ONBOARDING_JOBS, inject: [AppConfig], useFactory: (config: AppConfig) => config.workerInApi },
    ApplicationsService,
    ApplicationRateLimit,
    CasesService,
    CommentsService,
    EvidenceReferences,
    EvidenceService,
    EvidenceUploadParser,
    JurisdictionsService,
    OnboardingEvents,
    PartnerAccess,
    PlaybooksService,
    ReminderScheduler,
    StepAssignmentService,
    StepTransitionsService,
    WebhooksService,
  ],
})
export class OnboardingModule {}

/** For the worker: webhook delivery (an outbox handler), the daily reminders, and the jurisdictions' time zones the digests follow. */
@Module({
  imports: [OnboardingCoreModule, JurisdictionDirectoryModule],
  providers: [{ provide: RUN_ONBOARDING_JOBS, useValue: true }, ReminderScheduler],
})
export class OnboardingWorkerModule {}
