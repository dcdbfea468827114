/**
 * The formats the Arquero engine reads and writes, by name.
 *
 * @example
 * ```ts
 * import { tableFormatNames } from 'odibi-ts/dist/src/engine/arquero/formats/table-formats.js';
 * tableFormatNames(); // ['csv', 'json', 'arrow', 'parquet']
 * ```
 */
import { OdibiError } from '../../../errors.js';
import { closestMatch } from '../../../text/closest-match.js';
import { arrowFormat } from './arrow-format.js';
import { csvFormat } from './csv-format.js';
import { jsonFormat } from './json-format.js';
import { parquetFormat } from './parquet-format.js';
import type { TableFormat } from './table-format.js';

const FORMATS: Record<string, TableFormat> = { csv: csvFormat, json: jsonFormat, arrow: arrowFormat, parquet: parquetFormat };

/** The format names, in documentation order. */
export function tableFormatNames(): string[] {
  return Object.keys(FORMATS);
}

/** The format called `name`; CONFIG_UNKNOWN_FORMAT otherwise. */
export function tableFormat(name: string): TableFormat {
  const format = Object.prototype.hasOwnProperty.call(FORMATS, name) ? FORMATS[name] : undefined;
  if (format) return format;
  const closest = closestMatch(name, tableFormatNames());
  throw new OdibiError('CONFIG_UNKNOWN_FORMAT', `unknown format "${name}"; known: ${tableFormatNames().join(', ')}`, {
    hint: closest ? `did you mean "${closest}"?` : 'use csv, json, arrow or parquet',
  });
}
