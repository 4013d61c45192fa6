import { problemCatalogue } from '@bluecarbon/platform';

/** Every problem code the notifications lib sends, with its status (messages in i18n/). */
export const NOTIFICATIONS_PROBLEMS = problemCatalogue({
  unsubscribe_invalid: 400,
});

export const notificationsProblem = NOTIFICATIONS_PROBLEMS.problem;
