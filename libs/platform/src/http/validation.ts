import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { type FieldError, PLATFORM_PROBLEMS } from './problem.exception';

/**
 * The global pipe: unknown fields are refused (never silently dropped or stored), values are
 * converted to the DTO's types, and failures become a translated problem+json naming each
 * field. Messages are translated later, in the filter, where the caller's locale is known.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => PLATFORM_PROBLEMS.problem('validation_failed', { fieldErrors: toFieldErrors(errors) }),
  });
}

export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((rule) => describeRule(error, field, rule));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

function describeRule(error: ValidationError, field: string, rule: string): FieldError {
  if (rule === 'whitelistValidation') return { field, rule: 'unknownField' };
  // An absent value fails every rule of a required field; whichever rule class-validator ran
  // first ("at most 1024 characters") would mislead, so say that the field is required.
  if (isAbsent(error)) return { field, rule: 'isDefined' };
  return { field, rule, args: ruleArguments(error, rule) };
}

/** The value as sent (the pipe keeps `target`, not `value`, so that values never reach logs). */
function isAbsent(error: ValidationError): boolean {
  const target = error.target as Record<string, unknown> | undefined;
  return target !== undefined && target[error.property] == null;
}

/** class-validator reports only a message; the rule's arguments live in its metadata. */
function ruleArguments(error: ValidationError, rule: string): unknown[] | undefined {
  const target = error.target?.constructor;
  if (!target) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((meta) => meta.propertyName === error.property && (meta.name === rule || meta.type === rule));
  return metadata?.constraints;
}
