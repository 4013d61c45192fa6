import { translate } from '../i18n/i18n';
import type { Locale } from '../i18n/negotiate-locale';
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
  const params = errors
    ? { count: errors.length, fields: errors.map((error) => error.field).join(', '), ...input.params }
    : input.params;
  return {
    ...input.extensions,
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
