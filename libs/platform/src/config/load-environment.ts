import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { EnvironmentVariables } from './environment';

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/**
 * Validates raw environment values into typed settings. Throws a ConfigurationError whose
 * message is one line naming the first bad variable and what it expects.
 */
export function loadEnvironment(source: Record<string, string | undefined>): EnvironmentVariables {
  const known = Object.keys(new EnvironmentVariables());
  const relevant = Object.fromEntries(Object.entries(source).filter(([key, value]) => value !== undefined && value !== '' && known.includes(key)));
  const settings = plainToInstance(EnvironmentVariables, relevant, { enableImplicitConversion: true });
  const errors = validateSync(settings, { skipMissingProperties: false, stopAtFirstError: true });
  const [first] = errors;
  if (first) throw new ConfigurationError(describe(first, relevant));
  return settings;
}

// Values never echoed: keys, passwords, and URLs (a database or SMTP URL may hold a password).
// Errors reach process logs and CI output, so a too-short key must not be printed there.
const SECRET_SETTING = /SECRET|KEY|PASSWORD|TOKEN|_URL$/;

function describe(error: ValidationError, raw: Record<string, unknown>): string {
  const expectation = Object.values(error.constraints ?? {}).join('; ');
  const given = raw[error.property];
  const shown = SECRET_SETTING.test(error.property) || given === undefined ? '' : ` (got ${JSON.stringify(given)})`;
  return `Invalid configuration: ${error.property}: ${expectation}${shown}`;
}
