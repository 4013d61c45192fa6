// Public API of the notifications lib: the apps import only from here.
export { NOTIFICATIONS_TRANSLATIONS } from './i18n/translations';
export { NotificationsModule, NotificationsWorkerModule } from './notifications.module';
