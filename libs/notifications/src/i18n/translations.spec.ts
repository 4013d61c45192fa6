import path from 'node:path';
import { describeTranslations } from '@bluecarbon/platform/testing';
import { NOTIFICATION_KINDS } from '../domain/notification-kinds';
import { NOTIFICATIONS_PROBLEMS } from '../notifications-problems';
import { NOTIFICATIONS_TRANSLATIONS } from './translations';

describeTranslations('notifications', {
  bundles: NOTIFICATIONS_TRANSLATIONS,
  problems: NOTIFICATIONS_PROBLEMS,
  keys: [
    ...NOTIFICATION_KINDS.flatMap((kind) => [`notifications.kinds.${kind}`, `notifications.mail.${kind}.subject`, `notifications.mail.${kind}.body`]),
    'notifications.decisions.approved',
    'notifications.decisions.rejected',
    'notifications.footer',
    'notifications.digest.subject',
    'notifications.digest.intro',
    'notifications.digest.footer',
    'notifications.unsubscribed',
    'resources.notification_preferences',
  ],
  rulesIn: path.join(__dirname, '..'),
});
