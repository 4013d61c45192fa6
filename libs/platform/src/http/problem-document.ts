import { hasTranslation, translate } from '../i18n/i18n';
import { DEFAULT_LOCALE, type Locale } from '../i18n/negotiate-locale';
import type { FieldError } from './problem.exception';

/** RFC 9457 problem details, as sent to clients. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: { field: string; rule: string; message: string }[];
  [extension: string]: unknown;
}

export const PROBLEM_TYPE_BASE = 'urn:bluecarbon:problem:';

export function buildProblem(input: {
  status: number;
  code: string;
  locale: Locale;
  params?: Record<string, unknown>;
  fieldErrors?: FieldError[];
  extensions?: Record<string, unknown>;
  instance?: string;
  requestId?: string;
}): ProblemDocument {
  const errors = input.fieldErrors?.map((error) => ({
    field: error.field,
    rule: error.rule,
    message: translateFieldError(input.locale, error),
  }));
  const own = localizedParams(input.locale, input.params);
  const params = errors ? { count: errors.length, fields: errors.map((error) => error.field).join(', '), ...own } : own;
  return {
    ...withMessages(input.locale, input.extensions),
    type: PROBLEM_TYPE_BASE + input.code,
    title: translate(input.locale, `errors.${input.code}.title`),
    status: input.status,
    detail: translate(input.locale, `errors.${input.code}.detail`, params),
    code: input.code,
    ...(input.instance ? { instance: input.instance } : {}),
    ...(input.requestId ? { requestId: input.requestId } : {}),
    ...(errors ? { errors } : {}),
  };
}

/**
 * A `resource` parameter is a kind of record (`adaptation`, `glossary_term`): it is shown by
 * its name in the caller's language (`resources.<kind>`), never as the English identifier.
 * Anything else (a URL path) is a value and stays as it is; an empty one is "the record".
 */
function localizedParams(locale: Locale, params: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (typeof params?.resource !== 'string') return params;
  const kind = params.resource === '' ? 'record' : params.resource;
  return hasTranslation(DEFAULT_LOCALE, `resources.${kind}`) ? { ...params, resource: translate(locale, `resources.${kind}`) } : params;
}

/**
 * Members that carry an i18n key (QA findings of a refused approval: `{ messageKey, params }`)
 * also get its text in the caller's language, so no client is left with a raw key.
 */
function withMessages(locale: Locale, extensions: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!extensions) return extensions;
  const localize = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(localize);
    if (!isKeyed(value)) return value;
    return { ...value, message: translate(locale, value.messageKey, value.params ?? {}) };
  };
  return Object.fromEntries(Object.entries(extensions).map(([name, value]) => [name, localize(value)]));
}

function isKeyed(value: unknown): value is { messageKey: string; params?: Record<string, unknown> } {
  return typeof value === 'object' && value !== null && typeof (value as { messageKey?: unknown }).messageKey === 'string';
}

function translateFieldError(locale: Locale, error: FieldError): string {
  const args = Object.fromEntries((error.args ?? []).map((arg, index) => [String(index), formatArg(arg)]));
  const values = error.args?.length ? formatArg(error.args[0]) : '';
  const key = `validation.${error.rule}`;
  const params = { field: error.field, values, ...args };
  const message = translate(locale, key, params);
  return message === key ? translate(locale, 'validation.invalid', params) : message;
}

function formatArg(arg: unknown): string {
  if (Array.isArray(arg)) return arg.join(', ');
  if (arg && typeof arg === 'object') return Object.values(arg).join(', ');
  return String(arg);
}
