/**
 * An SQL step's params -> values DuckDB binds as `$name`: strings, numbers
 * (integers as INTEGER/BIGINT, others as DOUBLE), booleans and null.
 * Anything else is CONFIG_BAD_PARAMS. Internal.
 */
import { OdibiError } from '../../errors.js';

/** Parameter values as DuckDB's `run(sql, values)` accepts them. */
export type SqlParams = Record<string, string | number | boolean | null>;

export function toDuckDbParams(params: Record<string, unknown>): SqlParams {
  const out: SqlParams = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value === null || value === undefined) out[name] = null;
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[name] = value;
    else throw new OdibiError('CONFIG_BAD_PARAMS', `SQL parameter "${name}" is ${typeof value}; bind one string, number, boolean or null`, { hint: 'use one scalar per parameter' });
  }
  return out;
}
