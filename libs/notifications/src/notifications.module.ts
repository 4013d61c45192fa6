import { Module } from '@nestjs/common';
import { IdentityModule, IdentitySettings, IdentityWorkerModule } from '@bluecarbon/identity';
import { AppConfig } from '@bluecarbon/platform';
import { DigestJob } from './delivery/digest-job';
import { DigestScheduler, RUN_NOTIFICATION_JOBS } from './delivery/digest-scheduler';
import { NotificationDispatcher } from './delivery/notification-dispatcher';
import { NotificationMail } from './delivery/notification-mail';
import { registerNotificationsTranslations } from './i18n/translations';
import { NotificationsSettings } from './notifications-settings';
import { PreferencesController, UnsubscribeController } from './preferences/preferences.controller';
import { PreferencesService } from './preferences/preferences.service';
import { UnsubscribeService } from './preferences/unsubscribe.service';
import { NOTIFICATIONS_REPOSITORIES } from './repositories';

registerNotificationsTranslations();

/** What both the API and the worker run: the outbox handler that mails notices, and the digest. */
const DELIVERY = [
  { provide: NotificationsSettings, inject: [IdentitySettings], useFactory: (identity: IdentitySettings) => new NotificationsSettings(identity) },
  ...NOTIFICATIONS_REPOSITORIES,
  PreferencesService,
  NotificationMail,
  NotificationDispatcher,
  DigestJob,
  DigestScheduler,
];

/**
 * Mail to people about their work, over HTTP: each user's preferences and the unsubscribe
 * link. The outbox handler and the digest run here only where the API also runs the relay
 * (the embedded engine); otherwise the worker runs them.
 */
@Module({
  imports: [IdentityModule],
  controllers: [PreferencesController, UnsubscribeController],
  providers: [...DELIVERY, UnsubscribeService, { provide: RUN_NOTIFICATION_JOBS, inject: [AppConfig], useFactory: (config: AppConfig) => config.workerInApi }],
})
export class NotificationsModule {}

/** For the worker: notices and digests, without HTTP. */
@Module({
  imports: [IdentityWorkerModule],
  providers: [...DELIVERY, { provide: RUN_NOTIFICATION_JOBS, useValue: true }],
})
export class NotificationsWorkerModule {}
