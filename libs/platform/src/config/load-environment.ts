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
  const relevant = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => value !== undefined && value !== '' && known.includes(key)),
  );
  const settings = plainToInstance(EnvironmentVariables, relevant, { enableImplicitConversion: true });
  const errors = validateSync(settings, { skipMissingProperties: false, stopAtFirstError: true });
  if (errors.length > 0) throw new ConfigurationError(describe(errors[0], relevant));
  return settings;
}

function describe(error: ValidationError, raw: Record<string, unknown>): string {
  const expectation = Object.values(error.constraints ?? {}).join('; ');
  const given = raw[error.property];
  const shown = error.property === 'DATABASE_URL' || given === undefined ? '' : ` (got ${JSON.stringify(given)})`;
  return `Invalid configuration: ${error.property}: ${expectation}${shown}`;
}
