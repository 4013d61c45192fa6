/** An RFC 9457 problem as the API sends it (libs/platform problem-document). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { field: string; rule: string; message: string }[];
  [extension: string]: unknown;
}

/** What a form shows: one message at the top, and each field's messages next to it. */
export interface FormError {
  code: string;
  status: number;
  message: string;
  fields: Record<string, string>;
}

export function isProblem(value: unknown): value is Problem {
  const candidate = value as Partial<Problem> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.code === 'string' && typeof candidate.status === 'number';
}

/**
 * Maps a problem to a form. `errors[]` names fields by their path in the body
 * (`displayName`, `steps[0].key`, `address.city`): a form knows its own inputs by their top
 * name, so every message lands on the input that holds it; two rules on one field are joined.
 * The messages are already in the user's language (the API answers in Accept-Language).
 */
export function toFormError(problem: Problem, knownFields: readonly string[] = []): FormError {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const error of problem.errors ?? []) {
    const field = topField(error.field);
    if (knownFields.length && !knownFields.includes(field)) {
      unplaced.push(error.message);
      continue;
    }
    const message = withoutFieldName(error.message, error.field);
    fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
  }
  // When every message sits at its field, the summary is the short title: the detail would
  // list the fields again by their JSON names.
  const placedAll = Boolean(problem.errors?.length) && unplaced.length === 0;
  const message = placedAll ? problem.title : unplaced.length ? `${problem.detail} ${unplaced.join(' ')}` : problem.detail;
  return { code: problem.code, status: problem.status, message, fields };
}

/**
 * Shown at its input, a generic rule's message needs no JSON name ("contactEmail deve ser um
 * endereço de e-mail." → "Deve ser um endereço de e-mail."); the label already says which.
 */
function withoutFieldName(message: string, path: string): string {
  if (!message.startsWith(`${path} `)) return message;
  const rest = message.slice(path.length + 1);
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

function topField(path: string): string {
  return path.split(/[.[]/)[0] ?? path;
}
