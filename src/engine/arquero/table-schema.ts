/**
 * The schema of an Arquero table: column name -> type name, from its values
 * (`number`, `string`, `boolean`, `date`, `bigint`, `object`; `null` when a
 * column holds no value at all, `mixed` when values of several types meet).
 *
 * @example
 * ```ts
 * import { tableSchema } from '../src/index.js';
 * import * as aq from 'arquero';
 * tableSchema(aq.table({ id: [1, 2], name: ['a', null] })); // { id: 'number', name: 'string' }
 * ```
 */
import type { ColumnTable } from 'arquero';
import type { TableSchema } from '../engine.js';

export function tableSchema(table: ColumnTable): TableSchema {
  const schema: TableSchema = {};
  for (const name of table.columnNames()) schema[name] = columnType(table.array(name) as ArrayLike<unknown>);
  return schema;
}

/** The type name of a column's values. */
export function columnType(values: ArrayLike<unknown>): string {
  if (ArrayBuffer.isView(values)) return values instanceof BigInt64Array || values instanceof BigUint64Array ? 'bigint' : 'number';
  let found: string | undefined;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) continue;
    const type = valueType(value);
    if (found === undefined) found = type;
    else if (found !== type) return 'mixed';
  }
  return found ?? 'null';
}

/** The type name of one value. */
export function valueType(value: unknown): string {
  if (value instanceof Date) return 'date';
  const type = typeof value;
  if (type === 'number' || type === 'string' || type === 'boolean' || type === 'bigint') return type;
  return 'object';
}
