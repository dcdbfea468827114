/**
 * A problem found while checking a project, before it is placed in the file:
 * its path is still a list of segments. `at: 'key'` points at the key of the
 * last segment (an unknown key), otherwise at the value (or, when the value is
 * missing, at the nearest enclosing mapping). Internal.
 */
import type { ErrorCode } from '../error-codes.js';
import type { ConfigPath } from './config-path.js';

export interface RawProblem {
  code: ErrorCode;
  path: ConfigPath;
  message: string;
  hint?: string;
  at?: 'key' | 'value';
  pipeline?: string;
  node?: string;
  /** 1-based step number, for step problems. */
  step?: number;
  operation?: string;
  severity?: 'error' | 'warning';
}
