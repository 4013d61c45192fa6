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
 * Parameters are shown in the caller's language where they name something the portal names:
 * a `resource` is a kind of record (`adaptation`, `glossary_concept`) shown by its name
 * (`resources.<kind>`), never as the English identifier, and anything else (a URL path) is a
 * value left as it is; an empty one is "the record". A parameter given as a message
 * (`{ messageKey, params }`, e.g. a role), or a list of them, is translated and listed.
 */
function localizedParams(locale: Locale, params: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!params) return params;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (isKeyed(value)) out[name] = translate(locale, value.messageKey, value.params ?? {});
    else if (Array.isArray(value) && value.every(isKeyed))
      out[name] = value.map((item) => translate(locale, item.messageKey, item.params ?? {})).join(translate(locale, 'list.separator'));
    else out[name] = value;
  }
  if (typeof out.resource === 'string') {
    const kind = out.resource === '' ? 'record' : out.resource;
    if (hasTranslation(DEFAULT_LOCALE, `resources.${kind}`)) out.resource = translate(locale, `resources.${kind}`);
  }
  return out;
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
