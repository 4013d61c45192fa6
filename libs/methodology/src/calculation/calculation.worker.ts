import { calculate, type CalculationOptions, type ProjectInputs } from '../domain/calculate';
import { type EngineMessage, type ErrorLocation, InvalidVersionError, MethodologyError, MethodologyErrorCode, type ValidationIssue } from '../domain/errors';
import type { MethodologyVersion } from '../domain/model';

/**
 * The calculator's worker thread (piscina): runs the exact engine off the API's event loop.
 * Loaded as `calculation.worker.js` from dist/, and from the TypeScript sources under jest
 * (see calculation-pool.ts). Imports the engine only: no Nest, no database.
 */

export interface CalculationTask {
  /** Set for published versions (`id:checksum`): the thread keeps their compiled formulas. */
  cacheKey: string | null;
  version: MethodologyVersion;
  inputs: ProjectInputs;
  options: Omit<CalculationOptions, 'deadline'>;
  /** Computing time this calculation may use, counted from when the thread takes it up. */
  timeBudgetMs: number;
  /** Members the answer carries beside the result (the adaptation used). */
  answerExtras: Record<string, unknown>;
}

/** An engine refusal crosses the thread boundary as data: Error subclasses do not survive cloning. */
export interface EngineRefusal {
  code: MethodologyErrorCode;
  /** The message as a key and arguments, so the API can say it in the caller's language. */
  text: EngineMessage;
  location: ErrorLocation;
  details: Record<string, unknown>;
}

/** The answer as JSON text, serialised in the thread: copied back as an object and serialised on the event loop, a 5 MB answer held the loop for ~0.3 s. */
export type CalculationOutcome = { ok: true; answer: string } | { ok: false; refusal: EngineRefusal };

const CACHE_LIMIT = 50;
const published = new Map<string, MethodologyVersion>();

export default function runCalculation(task: CalculationTask): CalculationOutcome {
  let version = task.version;
  if (task.cacheKey) {
    const cached = published.get(task.cacheKey);
    if (cached) version = cached;
    else {
      if (published.size >= CACHE_LIMIT) published.clear();
      published.set(task.cacheKey, version);
    }
  }
  try {
    const result = calculate(version, task.inputs, { ...task.options, deadline: Date.now() + task.timeBudgetMs });
    return { ok: true, answer: JSON.stringify({ ...result, ...task.answerExtras }) };
  } catch (error) {
    if (!(error instanceof MethodologyError)) throw error;
    return { ok: false, refusal: { code: error.code, text: error.text, location: error.location, details: error.details } };
  }
}

/** The engine's error again, on the API's side of the boundary. */
export function refusalError(refusal: EngineRefusal): MethodologyError {
  if (refusal.code === MethodologyErrorCode.InvalidVersion) return new InvalidVersionError(refusal.details.issues as ValidationIssue[]);
  return new MethodologyError(refusal.code, refusal.text, refusal.location, refusal.details);
}
