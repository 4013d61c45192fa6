import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
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
  return new PlatformValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Every rule of a field runs, so that toFieldErrors can name the one that matters.
    stopAtFirstError: false,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => PLATFORM_PROBLEMS.problem('validation_failed', { fieldErrors: toFieldErrors(errors) }),
  });
}

/**
 * Text with a NUL character (U+0000) or a lone UTF-16 surrogate (`"\ud800"`) is valid JSON and
 * passes every DTO rule, but no text column can store the one nor a jsonb audit row the other:
 * the database refused them as a 400 that named no field. Every body, query and path value (and
 * every key of a body) is checked for them first, whatever its DTO.
 */
class PlatformValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const fieldErrors = unstorableText(value, metadata.data ?? '');
      if (fieldErrors.length) throw PLATFORM_PROBLEMS.problem('validation_failed', { fieldErrors });
    }
    return super.transform(value, metadata);
  }
}

const LONE_SURROGATE = /\p{Cs}/u;

function textRule(text: string): string | null {
  if (text.includes('\u0000')) return 'noNulCharacter';
  return LONE_SURROGATE.test(text) ? 'wellFormedText' : null;
}

function unstorableText(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    const rule = textRule(value);
    return rule ? [{ field: path || 'value', rule }] : [];
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const field = path ? `${path}.${key}` : key;
    // Free-form bodies (an i18next file) store their keys as text too; the key is shown escaped.
    const rule = textRule(key);
    return rule ? [{ field: JSON.stringify(field).slice(1, -1), rule }] : unstorableText(inner, field);
  });
}

/** Rules on a value's size; a value of the wrong shape breaks them too, but its shape is what to fix. */
const RANGE_RULES = new Set(['min', 'max', 'minLength', 'maxLength', 'length', 'arrayMinSize', 'arrayMaxSize', 'minDate', 'maxDate']);

export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const rules = Object.keys(error.constraints ?? {});
    // One answer per field: its shape (`"1e3"` is not a whole number) before its size.
    const rule = rules.find((name) => !RANGE_RULES.has(name)) ?? rules[0];
    const own = rule ? [describeRule(error, field, rule)] : [];
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
