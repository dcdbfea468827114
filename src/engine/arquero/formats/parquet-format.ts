/**
 * Parquet: read with hyparquet, written with hyparquet-writer. Column types
 * map as: integer numbers -> INT32 (or DOUBLE beyond 32 bits), other numbers
 * -> DOUBLE, strings -> STRING, booleans -> BOOLEAN, dates -> TIMESTAMP
 * (milliseconds), bigints -> INT64, anything else -> JSON. On reading, INT64
 * values that fit a JavaScript number become numbers.
 */
import * as aq from 'arquero';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { OdibiError } from '../../../errors.js';
import { checkColumnNames } from '../../../operations/check-column-names.js';
import type { TableFormat } from './table-format.js';

type ParquetType = 'INT32' | 'DOUBLE' | 'STRING' | 'BOOLEAN' | 'TIMESTAMP' | 'INT64' | 'JSON';

export const parquetFormat: TableFormat = {
  async decode(bytes, _options, where) {
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    let names: string[];
    try {
      names = parquetSchema(parquetMetadata(file)).children.map((c) => c.element.name);
    } catch (error) {
      throw unreadable(where, error);
    }
    checkColumnNames(names, where);
    try {
      const rows = await parquetReadObjects({ file });
      return aq.table(new Map(names.map((name) => [name, rows.map((row) => toNumberIfSafe(row[name]))])));
    } catch (error) {
      throw unreadable(where, error);
    }
  },
  encode(table) {
    const columnData = table.columnNames().map((name) => {
      const data = table.array(name) as unknown[];
      const values = Array.from(data);
      const type = parquetTypeOf(values);
      return { name, data: type === 'JSON' ? values.map(toJsonValue) : values, type };
    });
    return new Uint8Array(parquetWriteBuffer({ columnData }));
  },
};

function unreadable(where: string, error: unknown): OdibiError {
  return new OdibiError('ENGINE_BAD_DATA', `${where}: not a readable Parquet file: ${(error as Error).message}`, {
    hint: "write the file with format: parquet, or pick the file's real format",
    cause: error,
  });
}

function toNumberIfSafe(value: unknown): unknown {
  if (typeof value === 'bigint' && value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)) return Number(value);
  return value;
}

function toJsonValue(value: unknown): unknown {
  return value === null || value === undefined ? null : value;
}

/** The Parquet type of a column, from its non-null values (an all-null column is STRING). */
export function parquetTypeOf(values: unknown[]): ParquetType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return 'STRING';
  if (present.every((v) => typeof v === 'number')) {
    const ints = (present as number[]).every((v) => Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31);
    return ints ? 'INT32' : 'DOUBLE';
  }
  if (present.every((v) => typeof v === 'string')) return 'STRING';
  if (present.every((v) => typeof v === 'boolean')) return 'BOOLEAN';
  if (present.every((v) => v instanceof Date)) return 'TIMESTAMP';
  if (present.every((v) => typeof v === 'bigint')) return 'INT64';
  return 'JSON';
}

