import { DeliveriesRepository } from './deliveries.repository';
import { PreferencesRepository } from './preferences.repository';

/** Notifications' named queries, one class per aggregate. */
export const NOTIFICATIONS_REPOSITORIES = [DeliveriesRepository, PreferencesRepository];
export { DeliveriesRepository, PreferencesRepository };
