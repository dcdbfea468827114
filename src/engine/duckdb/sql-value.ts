/**
 * A translated expression: its SQL and what JavaScript would hold there,
 * so the translator can keep Arquero's (JavaScript's) semantics: `type` is
 * the value's JavaScript type, `missing` how a missing value looks to
 * JavaScript: `null` (a column's empty cell, a `null` literal: 0 in
 * arithmetic, 'null' in text), `undefined` (an aggregate over no values:
 * NaN in arithmetic), `nan` (a number that may be NaN: arithmetic turns
 * NaN into SQL NULL, because DuckDB orders NaN above every number while
 * JavaScript's comparisons with NaN are false) or `none` (never missing).
 * In SQL every missing kind is NULL. Internal.
 */
export type SqlType = 'number' | 'string' | 'boolean' | 'null';

export interface SqlValue {
  sql: string;
  type: SqlType;
  missing: 'none' | 'null' | 'undefined' | 'nan';
}

/** A value that is never missing. */
export function present(sql: string, type: SqlType): SqlValue {
  return { sql, type, missing: 'none' };
}

/** The value as a JavaScript number would be in arithmetic: null -> 0, undefined and NaN -> NaN (SQL NULL). */
export function numeric(v: SqlValue): string | undefined {
  if (v.type === 'null') return v.missing === 'undefined' ? 'CAST(NULL AS DOUBLE)' : 'CAST(0 AS DOUBLE)';
  if (v.type !== 'number') return undefined;
  const cast = `CAST(${v.sql} AS DOUBLE)`;
  return v.missing === 'null' ? `coalesce(${cast}, 0)` : cast;
}

/** JavaScript truthiness as an SQL boolean that is never NULL. */
export function truthy(v: SqlValue): string {
  if (v.type === 'null') return 'FALSE';
  const test = v.type === 'boolean' ? v.sql : v.type === 'number' ? `(CAST(${v.sql} AS DOUBLE) <> 0 AND NOT isnan(CAST(${v.sql} AS DOUBLE)))` : `(${v.sql} <> '')`;
  return v.missing === 'none' ? test : `coalesce(${test}, FALSE)`;
}

/** The value as JavaScript would turn it into text when joining strings, or undefined when that needs number formatting. */
export function text(v: SqlValue): string | undefined {
  if (v.type === 'null') return v.missing === 'undefined' ? "'undefined'" : "'null'";
  if (v.type !== 'string' || v.missing === 'nan') return undefined;
  return v.missing === 'none' ? v.sql : `coalesce(${v.sql}, '${v.missing}')`;
}

/** Whether JavaScript may see NaN or undefined here (both NaN in arithmetic). */
export function notANumber(v: SqlValue): boolean {
  return v.missing === 'undefined' || v.missing === 'nan';
}

/** A number expression whose NaN becomes NULL (the `nan` kind), so comparisons with it are false, as in JavaScript. */
export function maybeNaN(sql: string): SqlValue {
  return { sql: `nullif(${sql}, CAST('NaN' AS DOUBLE))`, type: 'number', missing: 'nan' };
}

/** The type two branches share (for CASE), or undefined when JavaScript would mix types. */
export function commonType(a: SqlValue, b: SqlValue): SqlType | undefined {
  if (a.type === b.type) return a.type;
  if (a.type === 'null') return b.type;
  if (b.type === 'null') return a.type;
  return undefined;
}

/** How a value that comes from either of two places is missing, or undefined when JavaScript would see a mix of null and undefined. */
export function combineMissing(a: SqlValue, b: SqlValue): SqlValue['missing'] | undefined {
  if (a.missing === b.missing || b.missing === 'none') return a.missing;
  return a.missing === 'none' ? b.missing : undefined;
}

/** JavaScript's `x ** y` (NaN ** 0 is 1, 1 ** Infinity is NaN), on `numeric` operands. */
export function power(x: string, y: string): SqlValue {
  return maybeNaN(`(CASE WHEN ${y} = 0 THEN CAST(1 AS DOUBLE) WHEN abs(${x}) = 1 AND isinf(${y}) THEN NULL ELSE pow(${x}, ${y}) END)`);
}
