/**
 * The one error class of the library. Every error carries a stable `code`
 * (see {@link ERROR_CODES}), says where it happened, what went wrong and how
 * to fix it (`hint`). Causes are kept in the standard `cause` property.
 *
 * @example
 * ```ts
 * import { OdibiError } from 'odibi-ts';
 * const e = new OdibiError('GRAPH_CYCLE', 'cycle: a -> b -> a', { hint: 'remove one of the dependencies' });
 * e.code; // 'GRAPH_CYCLE'
 * ```
 */
import type { ErrorCode } from './error-codes.js';

/** Where an error happened: a file position, a config path, a node, a step. */
export interface ErrorLocation {
  /** The project file (absolute or relative path) the problem is in. */
  file?: string;
  /** 1-based line in the file. */
  line?: number;
  /** 1-based column in the file. */
  column?: number;
  /** Path inside the configuration, e.g. `pipelines[0].nodes[2].depends_on[1]`. */
  path?: string;
  /** Pipeline name. */
  pipeline?: string;
  /** Node name. */
  node?: string;
  /** 1-based step number inside the node's transform. */
  step?: number;
  /** Operation or function name of that step. */
  operation?: string;
}

/** Options accepted by {@link OdibiError}. */
export interface OdibiErrorOptions extends ErrorLocation {
  hint?: string;
  cause?: unknown;
}

/** Base class of every error thrown by odibi-ts. */
export class OdibiError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  readonly location: ErrorLocation;

  constructor(code: ErrorCode, message: string, options: OdibiErrorOptions = {}) {
    const { hint, cause, ...location } = options;
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'OdibiError';
    this.code = code;
    this.hint = hint;
    this.location = location;
  }

  /** `file:line:column code message (hint)`: the one-line form the CLI prints. */
  format(): string {
    return formatProblem({ code: this.code, message: this.message, hint: this.hint, ...this.location });
  }
}

/** A problem as data: what config loading and validation collect instead of throwing one at a time. */
export interface Problem extends ErrorLocation {
  code: ErrorCode;
  message: string;
  hint?: string;
  /** `error` stops a project from loading or running; `warning` does not. Default `error`. */
  severity?: 'error' | 'warning';
}

/** Formats a problem as `file:line:column code message (hint)`, leaving out what is unknown. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined && x !== '').join(':');
  const hint = p.hint ? ` (${p.hint})` : '';
  return `${where ? where + ' ' : ''}${p.code} ${p.message}${hint}`;
}
