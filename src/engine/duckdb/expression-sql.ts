/**
 * One expression of an operation's params (a filter, a derived column, an
 * aggregate) as SQL over a DuckDB table, or undefined when it does not
 * translate: outside the allowed subset, naming a column the table lacks,
 * using a date or object column, or a function without an exact SQL
 * counterpart. `vars` are bound as `$name` (see `expressionParams`). Internal.
 */
import { checkExpression, type ExpressionKind } from '../../expressions/check-expression.js';
import type { DuckDbTable } from './duckdb-table.js';
import type { SqlType, SqlValue } from './sql-value.js';
import type { SqlParams } from './to-duckdb-params.js';
import { translateExpression, type TranslateEnv } from './translate-expression.js';

const TYPES: Record<string, SqlType> = { number: 'number', string: 'string', boolean: 'boolean', null: 'null' };

export interface ExpressionOptions {
  kind: ExpressionKind;
  vars?: Record<string, unknown>;
  /** For aggregates: an SQL condition restricting every aggregate (pivot cells). */
  filter?: string;
}

/** A translated expression and the `$name`s it binds. */
export type TranslatedExpression = SqlValue & { vars: string[] };

export function expressionSql(source: string, table: DuckDbTable, options: ExpressionOptions): TranslatedExpression | undefined {
  const vars = options.vars ?? {};
  const checked = checkExpression(source, { kind: options.kind, vars: Object.keys(vars) });
  if (!checked.ok || !checked.columns.every((c) => columnType(table, c))) return undefined;
  const columns: TranslateEnv['columns'] = {};
  for (const c of checked.columns) columns[c] = { type: columnType(table, c)!, nullable: (table.nulls?.[c] ?? 1) > 0 };
  const types: Record<string, SqlType> = {};
  for (const name of checked.vars) {
    const value = vars[name];
    const type = value === null ? 'null' : TYPES[typeof value];
    if (!type) return undefined;
    types[name] = type;
  }
  const env: TranslateEnv = { rowName: checked.rowName, paramsName: checked.paramsName, columns, vars: types, aggregate: options.kind === 'aggregate' ? { filter: options.filter } : undefined };
  const value = translateExpression(checked.body, env);
  return value && { ...value, vars: checked.vars };
}

/** The values the translated expressions' `$name`s bind. */
export function expressionParams(vars: Record<string, unknown> | undefined, used: TranslatedExpression[]): SqlParams {
  const params: SqlParams = {};
  for (const name of used.flatMap((e) => e.vars)) if (vars?.[name] !== null) params[name] = vars![name] as SqlParams[string];
  return params;
}

/** The translatable type of a column, or undefined (missing column, dates, objects). */
export function columnType(table: DuckDbTable, column: string): SqlType | undefined {
  if (!Object.prototype.hasOwnProperty.call(table.schema, column)) return undefined;
  return TYPES[table.schema[column]!];
}
