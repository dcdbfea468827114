/**
 * An operation, engine-neutral: its name, its params schema (as written in
 * YAML, snake_case keys), documentation, a YAML example, and what its params
 * refer to (expressions, input columns, other tables), so that a project can
 * be checked when it loads and any engine can implement it.
 *
 * @example
 * ```ts
 * import { OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * import { type OperationDefinition } from 'odibi-ts/dist/src/operations/operation-definition.js';
 * const join: OperationDefinition = OPERATIONS.join;
 * join.tables(join.schema.parse({ with: 'customers', on: ['id'] })); // ['customers']
 * console.log(join.example);
 * ```
 */
import type { z } from 'zod';
import type { ExpressionKind } from '../expressions/check-expression.js';

/** A path below the step, e.g. `['params', 'columns', 'total']`. */
export type ParamPath = (string | number)[];

/** An expression inside a step's params. */
export interface ExpressionUse {
  path: ParamPath;
  source: string;
  kind: ExpressionKind;
  /** Names `$.name` may use (the step's `vars`). */
  vars: string[];
}

/** A column of the input table named by the params. */
export interface ColumnUse {
  path: ParamPath;
  column: string;
}

export interface OperationDefinition<P = any> {
  readonly name: string;
  /** One line for the reference. */
  readonly summary: string;
  readonly schema: z.ZodType<P>;
  /** Param name -> what it means (for the reference). */
  readonly paramDocs: Record<string, string>;
  /** A transform step in YAML, as it would appear under `transform.steps`. */
  readonly example: string;
  /** Small tables (column -> values) the example runs on: the input and, for joins and unions, other nodes' tables. */
  readonly exampleData: { input: Record<string, unknown[]>; tables?: Record<string, Record<string, unknown[]>> };
  /** Expressions inside the params (checked at load time). */
  expressions(params: P): ExpressionUse[];
  /** Columns of the input table the params name (checked when the step runs). */
  columns(params: P): ColumnUse[];
  /** Other nodes' tables the step reads (joins, unions). */
  tables(params: P): string[];
}
