/**
 * JSON: written as an array of row objects (dates as ISO strings, missing
 * values as null); read from an array of row objects or an object of
 * column arrays of one length (a key missing from some rows gives missing
 * values there). ISO date strings come back as dates. An
 * empty array gives an empty table without columns. Anything else (a
 * scalar, an object of scalars, an array holding a non-object, columns of
 * different lengths, text nested deeper than {@link MAX_JSON_DEPTH}, a
 * reserved column name such as `__proto__`) is ENGINE_BAD_DATA naming the
 * file and where.
 */
import * as aq from 'arquero';
import { OdibiError } from '../../../errors.js';
import { checkColumnNames } from '../../../operations/check-column-names.js';
import { decodeText } from './decode-text.js';
import { jsonDepth, MAX_JSON_DEPTH } from './json-depth.js';
import type { TableFormat } from './table-format.js';

const SHAPE_HINT = 'write [{"id": 1}, {"id": 2}] or {"id": [1, 2]}';

export const jsonFormat: TableFormat = {
  decode(bytes, _options, where) {
    const text = decodeText(bytes, where);
    const nesting = jsonDepth(text);
    if (nesting.depth > MAX_JSON_DEPTH) {
      throw new OdibiError('ENGINE_BAD_DATA', `${where}:${nesting.line}: JSON nested ${nesting.depth} levels deep; at most ${MAX_JSON_DEPTH} are read`, {
        hint: 'a table is an array of row objects; keep nested values shallow, or store them as text',
      });
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new OdibiError('ENGINE_BAD_DATA', `${where}: not valid JSON: ${(error as Error).message}`, {
        hint: 'the file must hold an array of row objects or an object of column arrays',
        cause: error,
      });
    }
    const columns = shapeColumns(data, where);
    checkColumnNames(columns, where);
    // fromJSON takes the parsed value too (its type says string only): no second parse. Every
    // row's keys are named, or a key missing from the first row would be dropped.
    return aq.fromJSON(data as unknown as string, { columns });
  },
  encode(table) {
    const format = Object.fromEntries(table.columnNames().map((name) => [name, jsonValue]));
    return aq.toJSON(table, { format });
  },
};

/** The column names of parsed JSON that has a table's shape; ENGINE_BAD_DATA otherwise. */
function shapeColumns(data: unknown, where: string): string[] {
  const bad = (what: string): OdibiError => new OdibiError('ENGINE_BAD_DATA', `${where}: JSON must be an array of row objects or an object of column arrays; ${what}`, { hint: SHAPE_HINT });
  if (Array.isArray(data)) {
    const names = new Set<string>();
    data.forEach((row, i) => {
      if (!isObject(row)) throw bad(`element ${i} is ${describe(row)}`);
      for (const name of Object.keys(row)) names.add(name);
    });
    return [...names];
  }
  if (!isObject(data)) throw bad(`the file holds ${describe(data)}`);
  const entries = Object.entries(data);
  const length = Array.isArray(entries[0]?.[1]) ? (entries[0]![1] as unknown[]).length : -1;
  for (const [name, column] of entries) {
    if (!Array.isArray(column)) throw bad(`"${name}" is ${describe(column)}, not a column array`);
    if (column.length !== length) throw bad(`column "${name}" has ${column.length} values, "${entries[0]![0]}" has ${length}`);
  }
  return entries.map(([name]) => name);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** Missing values (undefined, e.g. after an outer join) become null; dates become ISO strings (date only at midnight UTC). */
function jsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (!(value instanceof Date)) return value;
  if (Number.isNaN(value.getTime())) return null;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
