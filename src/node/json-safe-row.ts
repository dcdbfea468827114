/**
 * Makes a sample row safe for the JSON artifact: dates become ISO strings,
 * bigints numbers (or strings when too large), nested objects are copied
 * the same way.
 *
 * @example
 * ```ts
 * import { jsonSafeRow } from 'odibi-ts/dist/src/node/json-safe-row.js';
 * jsonSafeRow({ at: new Date(0), n: 10n }); // { at: '1970-01-01T00:00:00.000Z', n: 10 }
 * ```
 */
import type { Row } from '../engine/engine.js';

export function jsonSafeRow(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = jsonSafe(value);
  return out;
}

function jsonSafe(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value && typeof value === 'object') return jsonSafeRow(value as Row);
  return value;
}
