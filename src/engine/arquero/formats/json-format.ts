/**
 * JSON: written as an array of row objects (dates as ISO strings, missing
 * values as null); read from an array of rows or an object of column arrays.
 * ISO date strings come back as dates. An empty array gives an empty table
 * without columns.
 */
import * as aq from 'arquero';
import { OdibiError } from '../../../errors.js';
import { decodeText } from './decode-text.js';
import type { TableFormat } from './table-format.js';

export const jsonFormat: TableFormat = {
  decode(bytes, _options, where) {
    const text = decodeText(bytes, where);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new OdibiError('ENGINE_BAD_DATA', `${where}: not valid JSON: ${(error as Error).message}`, {
        hint: 'the file must hold an array of row objects or an object of column arrays',
        cause: error,
      });
    }
    if (Array.isArray(data) && data.length === 0) return aq.table({});
    if (typeof data !== 'object' || data === null || (Array.isArray(data) && typeof data[0] !== 'object')) {
      throw new OdibiError('ENGINE_BAD_DATA', `${where}: JSON must be an array of row objects or an object of column arrays`, {
        hint: 'write [{"id": 1}, {"id": 2}] or {"id": [1, 2]}',
      });
    }
    return aq.fromJSON(text);
  },
  encode(table) {
    const format = Object.fromEntries(table.columnNames().map((name) => [name, jsonValue]));
    return aq.toJSON(table, { format });
  },
};

/** Missing values (undefined, e.g. after an outer join) become null; dates become ISO strings (date only at midnight UTC). */
function jsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (!(value instanceof Date)) return value;
  if (Number.isNaN(value.getTime())) return null;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
