/**
 * What goes between the runner and a step worker: one step with its input
 * table and the tables it may read, and back the output table or the error.
 * Tables travel as column arrays (structured clone keeps numbers, strings,
 * booleans, nulls, dates and plain objects); errors keep their code,
 * location, hint and the cause's stack. Internal.
 *
 * @example
 * ```ts
 * import * as aq from 'arquero';
 * import { toTableMessage, fromTableMessage } from 'odibi-ts/dist/src/node/step-job.js';
 * fromTableMessage(toTableMessage(aq.table({ x: [1, 2] }))).numRows(); // 2
 * ```
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { StepConfig } from '../config/types.js';
import type { ErrorCode } from '../error-codes.js';
import { OdibiError, type ErrorLocation } from '../errors.js';

/** A table as its column names and value arrays. */
export interface TableMessage {
  names: string[];
  columns: unknown[][];
}

/** Where a function step's function comes from: the module that exports it, and the export's name. */
export interface FunctionSource {
  file: string;
  exportName: string;
}

export interface StepJob {
  node: string;
  stepIndex: number;
  step: StepConfig;
  table: TableMessage;
  tables: [string, TableMessage][];
  /** For a function step. */
  source?: FunctionSource;
}

/** An error as data. */
export interface ErrorMessage {
  code?: ErrorCode;
  message: string;
  hint?: string;
  location?: ErrorLocation;
  cause?: { name: string; message: string; stack?: string };
}

export type StepReply = { ok: true; table: TableMessage } | { ok: false; error: ErrorMessage };

export function toTableMessage(table: ColumnTable): TableMessage {
  const names = table.columnNames();
  return { names, columns: names.map((name) => table.array(name) as unknown[]) };
}

export function fromTableMessage(message: TableMessage): ColumnTable {
  return aq.table(new Map(message.names.map((name, i) => [name, message.columns[i]!])));
}

export function toErrorMessage(error: unknown): ErrorMessage {
  const cause = error instanceof OdibiError && error.cause instanceof Error ? error.cause : error;
  const out: ErrorMessage = { message: error instanceof Error ? error.message : String(error) };
  if (error instanceof OdibiError) Object.assign(out, { code: error.code, hint: error.hint, location: error.location });
  if (cause instanceof Error) out.cause = { name: cause.name, message: cause.message, stack: cause.stack };
  return out;
}

export function fromErrorMessage(message: ErrorMessage): Error {
  const cause = message.cause && Object.assign(new Error(message.cause.message), message.cause);
  if (!message.code) return cause ?? new Error(message.message);
  return new OdibiError(message.code, message.message, { ...message.location, hint: message.hint, cause });
}
