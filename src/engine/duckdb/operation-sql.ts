/**
 * The operations the DuckDB engine runs as SQL on its own tables: select,
 * drop, rename, limit, and filter when its expression translates (see
 * `translateExpression`). Returns undefined for any other operation, an
 * expression outside the translated part, a column the table lacks or
 * params that do not parse: the engine then runs the step on an Arquero
 * copy, which also gives the usual errors. Internal.
 */
import { checkExpression } from '../../expressions/check-expression.js';
import { OPERATIONS } from '../../operations/operations.js';
import type { DuckDbTable } from './duckdb-table.js';
import { quoteIdentifier as q } from './quote-identifier.js';
import type { SqlParams } from './to-duckdb-params.js';
import { translateExpression } from './translate-expression.js';

/** A SELECT over the step's input table, with the values its `$name`s bind. */
export interface OperationSql {
  sql: string;
  params: SqlParams;
}

export function operationSql(table: DuckDbTable, operation: string, raw: Record<string, unknown>): OperationSql | undefined {
  const columns = Object.keys(table.schema);
  const has = (c: string) => columns.includes(c);
  const from = `FROM ${q(table.name)}`;
  if (operation === 'select' || operation === 'drop') {
    const parsed = OPERATIONS[operation].schema.safeParse(raw);
    if (!parsed.success || !parsed.data.columns.every(has)) return undefined;
    const keep = operation === 'select' ? parsed.data.columns : columns.filter((c) => !parsed.data.columns.includes(c));
    return keep.length ? { sql: `SELECT ${keep.map(q).join(', ')} ${from}`, params: {} } : undefined;
  }
  if (operation === 'rename') {
    const parsed = OPERATIONS.rename.schema.safeParse(raw);
    if (!parsed.success || !Object.keys(parsed.data.columns).every(has)) return undefined;
    const map = parsed.data.columns as Record<string, string>;
    return { sql: `SELECT ${columns.map((c) => (map[c] ? `${q(c)} AS ${q(map[c])}` : q(c))).join(', ')} ${from}`, params: {} };
  }
  if (operation === 'limit') {
    const parsed = OPERATIONS.limit.schema.safeParse(raw);
    return parsed.success ? { sql: `SELECT * ${from} LIMIT ${parsed.data.n} OFFSET ${parsed.data.offset ?? 0}`, params: {} } : undefined;
  }
  if (operation === 'filter') return filterSql(raw, has, from);
  return undefined;
}

function filterSql(raw: Record<string, unknown>, has: (c: string) => boolean, from: string): OperationSql | undefined {
  const parsed = OPERATIONS.filter.schema.safeParse(raw);
  if (!parsed.success) return undefined;
  const vars = (parsed.data.vars ?? {}) as Record<string, unknown>;
  const checked = checkExpression(parsed.data.expr, { kind: 'row', vars: Object.keys(vars) });
  if (!checked.ok || !checked.columns.every(has)) return undefined;
  const where = translateExpression(checked.body, checked);
  if (where === undefined) return undefined;
  const params: SqlParams = {};
  for (const name of checked.vars) {
    const value = vars[name];
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) return undefined;
    params[name] = value as SqlParams[string];
  }
  return { sql: `SELECT * ${from} WHERE ${where}`, params };
}
