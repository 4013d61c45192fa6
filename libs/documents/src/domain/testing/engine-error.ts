import { DocumentsEngineError } from '../errors';

/** The DocumentsEngineError `run` throws (fails the test if it throws nothing, rethrows anything else). */
export function engineError(run: () => unknown): DocumentsEngineError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentsEngineError) return error;
    throw error;
  }
  throw new Error('expected a DocumentsEngineError');
}
