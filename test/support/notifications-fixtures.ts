import type { ConcurrencyPlugin } from './concurrency';
import type { AccessMatrixPlugin } from './identity-fixtures';

/** Notifications' part of the access matrix: the unsubscribe link works without signing in. */
export const accessMatrix: AccessMatrixPlugin = {
  publicRoutes: ['GET /api/v1/notifications/unsubscribe'],
};

/** Notifications' routes that take If-Match. */
export const concurrency: ConcurrencyPlugin = {
  'PATCH /api/v1/me/notification-preferences': { as: 'translator' },
};
