/**
 * The `op.*` aggregate functions as DuckDB aggregates, with Arquero's
 * meaning: missing values (null, NaN) are skipped; `count()` counts rows;
 * `distinct` counts a missing value as one more value; `sum`, `mean`,
 * `min`... of no values are missing; `stdevp`/`variancep` need two values;
 * `median` and `quantile` interpolate (`quantile_cont`); `any` is the first
 * value in row order. `filter` (an SQL condition) restricts every aggregate
 * to some rows, as a pivot cell does. Returns 'not an aggregate' for a row
 * function and undefined for what does not translate (`mode`, whose ties
 * Arquero breaks by first appearance). Internal.
 */
import type { Node } from 'acorn';
import { AGGREGATE_FUNCTIONS } from '../../expressions/allowed-ops.js';
import { present, type SqlValue } from './sql-value.js';

const NUMERIC: Record<string, string> = {
  sum: 'sum', product: 'product', mean: 'avg', average: 'avg', median: 'median', stdev: 'stddev_samp', variance: 'var_samp', stdevp: 'stddev_pop', variancep: 'var_pop',
};

export function translateAggregate(name: string, args: Node[], translate: (node: Node) => SqlValue | undefined, filter?: string): SqlValue | undefined | 'not an aggregate' {
  if (!AGGREGATE_FUNCTIONS.includes(name)) return 'not an aggregate';
  const where = (condition?: string) => {
    const all = [condition, filter].filter((c): c is string => c !== undefined);
    return all.length ? ` FILTER (WHERE ${all.join(' AND ')})` : '';
  };
  if (name === 'count') return filter ? { sql: `nullif(count(*)${where()}, 0)`, type: 'number', missing: 'undefined' } : present('count(*)', 'number');
  const value = args[0] ? translate(args[0]) : undefined;
  if (!value || value.type === 'null') return undefined;
  const x = value.type === 'number' ? `nullif(CAST(${value.sql} AS DOUBLE), CAST('NaN' AS DOUBLE))` : value.sql;
  const counted = (sql: string): SqlValue => present(sql, 'number');
  const maybe = (sql: string, type = value.type): SqlValue => ({ sql, type, missing: 'undefined' });
  if (name === 'valid') return counted(`count(${x})${where()}`);
  if (name === 'invalid') return filter ? undefined : counted(`(count(*) - count(${x}))`);
  if (name === 'distinct') return filter ? undefined : counted(`(count(DISTINCT ${x}) + CASE WHEN count(${x}) < count(*) THEN 1 ELSE 0 END)`);
  if (name === 'min' || name === 'max') return value.type === 'boolean' ? undefined : maybe(`${name}(${x})${where()}`);
  if (name === 'any') return maybe(`arg_min(${x}, rowid)${where(`${x} IS NOT NULL`)}`);
  if (value.type !== 'number') return undefined;
  if (name === 'quantile') return quantile(x, args[1], where());
  if (!NUMERIC[name] || args.length !== 1) return undefined;
  const sql = `${NUMERIC[name]}(${x})${where()}`;
  return maybe(name === 'stdevp' || name === 'variancep' ? `(CASE WHEN count(${x})${where()} > 1 THEN ${sql} END)` : sql, 'number');
}

function quantile(x: string, p: Node | undefined, where: string): SqlValue | undefined {
  const value = (p as Node & { value?: unknown } | undefined)?.value;
  if (p?.type !== 'Literal' || typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const clamped = Math.min(1, Math.max(0, value));
  return { sql: `quantile_cont(${x}, ${clamped})${where}`, type: 'number', missing: 'undefined' };
}
