import { Logger } from '@nestjs/common';
import { PLATFORM_PROBLEMS, type ProblemException } from '../http/problem.exception';

const logger = new Logger('Database');

/**
 * The 503 for a database that did not answer. The driver's reason (English, and about our
 * infrastructure: host names, ports) goes to the log only; the client gets the translated
 * message and when to try again.
 */
export function databaseUnavailable(cause: unknown, during: string): ProblemException {
  logger.warn({ err: cause, during }, 'database unavailable');
  return PLATFORM_PROBLEMS.problem('database_unavailable', { headers: { 'Retry-After': '5' } });
}
