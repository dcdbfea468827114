/**
 * The schema of an Arquero table: column name -> type name, from its values
 * (`number`, `string`, `boolean`, `date`, `bigint`, `object`; `null` when a
 * column holds no value at all, `mixed` when values of several types meet).
 *
 * @example
 * ```ts
 * import { tableSchema } from 'odibi-ts/dist/src/engine/arquero/table-schema.js';
 * import * as aq from 'arquero';
 * tableSchema(aq.table({ id: [1, 2], name: ['a', null] })); // { id: 'number', name: 'string' }
 * ```
 */
import type { ColumnTable } from 'arquero';
import type { TableSchema } from '../engine.js';
import { columnValues } from './column-values.js';

export function tableSchema(table: ColumnTable): TableSchema {
  const schema: TableSchema = {};
  for (const name of table.columnNames()) schema[name] = columnType(columnValues(table, name));
  return schema;
}

/** The type name of a column's values. */
export function columnType(values: ArrayLike<unknown>): string {
  if (ArrayBuffer.isView(values)) return values instanceof BigInt64Array || values instanceof BigUint64Array ? 'bigint' : 'number';
  const n = values.length;
  let i = 0;
  while (i < n && (values[i] === null || values[i] === undefined)) i++;
  if (i === n) return 'null';
  const first = values[i];
  const found = valueType(first);
  const primitive = typeof first;
  if (found === primitive && found !== 'object') {
    // number, string, boolean, bigint: one typeof per value
    for (i++; i < n; i++) {
      const value = values[i];
      if (typeof value !== primitive && value !== null && value !== undefined) return 'mixed';
    }
    return found;
  }
  for (i++; i < n; i++) {
    const value = values[i];
    if (value !== null && value !== undefined && valueType(value) !== found) return 'mixed';
  }
  return found;
}

/** The type name of one value. */
export function valueType(value: unknown): string {
  const type = typeof value;
  if (type === 'number' || type === 'string' || type === 'boolean' || type === 'bigint') return type;
  return value instanceof Date ? 'date' : 'object';
}
