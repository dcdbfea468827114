/**
 * The `op.*` row functions that have an exact SQL counterpart, with
 * Arquero's null handling: math functions see a missing value as
 * JavaScript does (`Math.abs(null)` is 0), text functions give null for
 * null (`startswith`, `endswith`, `includes` give false, `length` 0).
 * `round` rounds halves up like `Math.round`; `trim` removes all white
 * space; `replace` replaces the first match, as `String.replace` does with
 * a text pattern; `parse_float` reads the leading number as `parseFloat`
 * does. Returns undefined for other functions (dates, `parse_int`, whose
 * `0x` prefix switches to hexadecimal, `parse_date`) and for arguments of
 * other types. Internal.
 */
import { notANumber, numeric, power, present, type SqlValue } from './sql-value.js';

const MATH: Record<string, string> = {
  abs: 'abs', ceil: 'ceil', floor: 'floor', trunc: 'trunc', sign: 'sign', sqrt: 'sqrt', cbrt: 'cbrt', exp: 'exp', log: 'ln', log10: 'log10', log2: 'log2',
};
const TEXT: Record<string, string> = { lower: 'lower', upper: 'upper' };

export function translateRowFunction(name: string, args: SqlValue[]): SqlValue | undefined {
  if (MATH[name] || name === 'round') return math(name, args);
  if (name === 'pow' || name === 'greatest' || name === 'least') return numbers(name, args);
  if (name === 'is_nan' || name === 'is_finite') return args.length === 1 ? test(name, args[0]!) : undefined;
  const [value, ...rest] = args;
  if (!value || (value.type !== 'string' && value.type !== 'null') || value.missing === 'undefined') return undefined;
  const s = value.type === 'null' ? 'CAST(NULL AS VARCHAR)' : value.sql;
  const out = (sql: string): SqlValue => ({ sql, type: 'string', missing: value.missing });
  if (TEXT[name] && !rest.length) return out(`${TEXT[name]}(${s})`);
  if (name === 'trim' && !rest.length) return out(`regexp_replace(${s}, '^\\s+|\\s+$', '', 'g')`);
  if (name === 'length' && !rest.length) return present(`coalesce(length(${s}), 0)`, 'number');
  if (['startswith', 'endswith', 'includes'].includes(name)) return search(name, s, rest);
  if (name === 'substring') return substring(s, rest, out);
  if (name === 'replace') return replace(s, rest, out);
  if (name === 'padstart' || name === 'padend') return pad(name, s, rest, out);
  if (name === 'parse_float' && !rest.length && value.missing === 'none') return parseFloat(s);
  return undefined;
}

/** `parseFloat`: the longest number at the start (after white space), else NaN. Only for text that is never missing (null stays null in JavaScript). */
function parseFloat(s: string): SqlValue {
  const number = "'^\\s*([+-]?(Infinity|([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?))'";
  return { sql: `TRY_CAST(nullif(regexp_extract(${s}, ${number}, 1), '') AS DOUBLE)`, type: 'number', missing: 'nan' };
}

function math(name: string, args: SqlValue[]): SqlValue | undefined {
  const x = args.length === 1 ? numeric(args[0]!) : undefined;
  if (x === undefined) return undefined;
  const sql = name === 'round' ? `floor(${x} + 0.5)` : `${MATH[name]}(${x})`;
  return { sql, type: 'number', missing: notANumber(args[0]!) ? 'nan' : 'none' };
}

/** `pow`, `greatest`, `least`: NaN (SQL NULL here) in any argument gives NaN, as `Math.max` does. */
function numbers(name: string, args: SqlValue[]): SqlValue | undefined {
  if ((name === 'pow' && args.length !== 2) || !args.length) return undefined;
  const xs = args.map(numeric);
  if (xs.some((x) => x === undefined)) return undefined;
  if (name === 'pow') return power(xs[0]!, xs[1]!);
  const call = `${name}(${xs.join(', ')})`;
  if (!args.some(notANumber)) return present(call, 'number');
  return { sql: `(CASE WHEN ${xs.map((x) => `${x} IS NULL`).join(' OR ')} THEN NULL ELSE ${call} END)`, type: 'number', missing: 'nan' };
}

/** `is_nan`/`is_finite`: false for null and undefined, `is_nan` true for the `nan` kind's NULL. */
function test(name: string, value: SqlValue): SqlValue {
  if (value.type !== 'number') return present('FALSE', 'boolean');
  const nan = name === 'is_nan' && value.missing === 'nan' ? 'TRUE' : 'FALSE';
  return present(`coalesce(${name === 'is_nan' ? 'isnan' : 'isfinite'}(CAST(${value.sql} AS DOUBLE)), ${nan})`, 'boolean');
}

function search(name: string, s: string, rest: SqlValue[]): SqlValue | undefined {
  const [needle] = rest;
  if (rest.length !== 1 || needle!.type !== 'string' || needle!.missing !== 'none') return undefined;
  const fn = name === 'startswith' ? 'starts_with' : name === 'endswith' ? 'ends_with' : 'contains';
  return present(`coalesce(${fn}(${s}, ${needle!.sql}), FALSE)`, 'boolean');
}

/** JavaScript's `substring(start, end)`: both clamped to 0..length, swapped when start > end. */
function substring(s: string, rest: SqlValue[], out: (sql: string) => SqlValue): SqlValue | undefined {
  if (rest.length < 1 || rest.length > 2 || rest.some((a) => a.type !== 'number' || a.missing !== 'none')) return undefined;
  const clamp = (v: SqlValue) => `least(greatest(coalesce(trunc(${numeric(v)}), 0), 0), length(${s}))`;
  const a = clamp(rest[0]!);
  const b = rest[1] ? clamp(rest[1]) : `length(${s})`;
  return out(`substring(${s}, CAST(least(${a}, ${b}) AS BIGINT) + 1, CAST(abs(${a} - ${b}) AS BIGINT))`);
}

function replace(s: string, rest: SqlValue[], out: (sql: string) => SqlValue): SqlValue | undefined {
  const [pattern, replacement] = rest;
  if (rest.length !== 2 || pattern!.type !== 'string' || replacement!.type !== 'string' || pattern!.missing !== 'none' || replacement!.missing !== 'none') return undefined;
  if (replacement!.sql.includes('$')) return undefined;
  const at = `strpos(${s}, ${pattern!.sql})`;
  return out(`(CASE WHEN ${at} = 0 THEN ${s} ELSE left(${s}, ${at} - 1) || ${replacement!.sql} || substring(${s}, ${at} + length(${pattern!.sql})) END)`);
}

function pad(name: string, s: string, rest: SqlValue[], out: (sql: string) => SqlValue): SqlValue | undefined {
  const [length, fill] = rest;
  if (!length || rest.length > 2 || length.type !== 'number' || length.missing !== 'none') return undefined;
  if (fill && (fill.type !== 'string' || fill.missing !== 'none' || fill.sql === "''")) return undefined;
  const n = `CAST(trunc(${numeric(length)}) AS INTEGER)`;
  const padded = `${name === 'padstart' ? 'lpad' : 'rpad'}(${s}, ${n}, ${fill ? fill.sql : "' '"})`;
  return out(`(CASE WHEN length(${s}) >= ${n} THEN ${s} ELSE ${padded} END)`);
}
