// For specs only (left out of dist/): the pure rules and the jobs tests drive by hand.
export { DigestJob } from '../delivery/digest-job';
export { NotificationDispatcher } from '../delivery/notification-dispatcher';
export { NOTIFICATION_KINDS, type NotificationKind, noticeOf } from '../domain/notification-kinds';
export { readUnsubscribeToken, unsubscribeToken } from '../domain/unsubscribe-token';
export { NOTIFICATIONS_PROBLEMS } from '../notifications-problems';
export { NotificationsSettings } from '../notifications-settings';
