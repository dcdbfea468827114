/**
 * Load-time checks of one operation step: is the operation known, are its
 * params well formed, are its expressions inside the allowed subset?
 * Returns problems as data; `path` is relative to the step's `params`.
 */
import type { ErrorCode } from '../error-codes.js';

export interface StepProblem {
  code: ErrorCode;
  /** Path below the step, e.g. `['params', 'on', 0]`. */
  path: (string | number)[];
  message: string;
  hint?: string;
}

// Placeholder until the operations catalogue lands: accepts every step.
export function checkOperationStep(_operation: string, _params: unknown): StepProblem[] {
  return [];
}
