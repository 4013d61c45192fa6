import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { type FieldError, PLATFORM_PROBLEMS } from './problem.exception';

/**
 * The global pipe: unknown fields are refused (never silently dropped or stored), values are
 * converted to the DTO's types, and failures become a translated problem+json naming each
 * field. Messages are translated later, in the filter, where the caller's locale is known.
 */
export function createValidationPipe(): ValidationPipe {
  memoiseRuleLookups();
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

type RuleClass = abstract new (...args: never[]) => unknown;
type RuleLookup = (target: RuleClass, schema: string, always: boolean, strictGroups: boolean, groups?: string[]) => ValidationMetadata[];
type RuleStorage = {
  getTargetValidationMetadatas: RuleLookup;
  groupByPropertyName: (metadata: ValidationMetadata[]) => Record<string, ValidationMetadata[]>;
  addValidationMetadata: (metadata: ValidationMetadata) => void;
  [MEMOISED]?: true;
};
const MEMOISED = Symbol('memoised');

/**
 * class-validator looks a DTO's rules up on every validation, scanning every class it knows for
 * ones the DTO inherits from, then groups them by property: on the segments page that was a
 * third of the validation's CPU. The rules are fixed once the classes are loaded, so both are
 * kept per class and options, and forgotten whenever a rule is added (a class loaded later).
 * class-validator only reads what they return.
 */
function memoiseRuleLookups(): void {
  const storage = getMetadataStorage() as unknown as RuleStorage;
  if (storage[MEMOISED]) return;
  storage[MEMOISED] = true;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let rules = new Map<RuleClass, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  storage.addValidationMetadata = (metadata) => {
    rules = new Map();
    grouped = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? ''}`;
    let ofTarget = rules.get(target);
    if (!ofTarget) rules.set(target, (ofTarget = new Map()));
    let found = ofTarget.get(key);
    if (!found) ofTarget.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
}
