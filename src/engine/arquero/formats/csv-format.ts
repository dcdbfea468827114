/**
 * CSV through Arquero's parser, with checks first: an empty file, a record
 * whose width differs from the header's (with its line) and non-UTF-8 bytes
 * are ENGINE_BAD_DATA errors naming the file.
 *
 * Options (under `read.options` / `write.options`): `delimiter` (default `,`),
 * `header` (default true), `auto_type` (default true: numbers, booleans and
 * ISO dates are parsed), `skip` (lines), `comment` (prefix).
 *
 * `columns` reads only the header record, through the same parser, so a
 * quoted name with the delimiter or a line break in it (`"a,b",c`) comes out
 * as reading the file would name it.
 */
import * as aq from 'arquero';
import { OdibiError } from '../../../errors.js';
import { decodeText } from './decode-text.js';
import { findRaggedRow } from './find-ragged-row.js';
import type { TableFormat } from './table-format.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The first record of CSV text (quotes respected: a quoted line break does not end it). */
function firstRecord(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) return text.slice(0, i);
  }
  return text;
}

export const csvFormat: TableFormat & Required<Pick<TableFormat, 'columns'>> = {
  decode(bytes, options, where) {
    const text = decodeText(bytes, where);
    const delimiter = typeof options.delimiter === 'string' ? options.delimiter : ',';
    if (text.trim() === '') {
      throw new OdibiError('ENGINE_BAD_DATA', `${where}: the CSV file is empty (not even a header line)`, {
        hint: 'write at least a header line with the column names',
      });
    }
    const ragged = options.skip || options.comment ? undefined : findRaggedRow(text, delimiter);
    if (ragged) {
      throw new OdibiError('ENGINE_BAD_DATA', `${where}:${ragged.line}: expected ${ragged.expected} fields (as in the header), found ${ragged.found}`, {
        hint: 'fix that line: quote values that contain the delimiter, or add the missing fields',
      });
    }
    return aq.fromCSV(text, {
      delimiter,
      header: options.header !== false,
      autoType: options.auto_type !== false,
      skip: typeof options.skip === 'number' ? options.skip : undefined,
      comment: typeof options.comment === 'string' ? options.comment : undefined,
    });
  },
  encode(table, options) {
    const delimiter = typeof options.delimiter === 'string' ? options.delimiter : ',';
    return aq.toCSV(table, { delimiter, header: options.header !== false });
  },
  columns(bytes, options, where) {
    if (options.header === false || options.skip || options.comment) return undefined;
    const header = firstRecord(decodeText(bytes, where));
    if (header.trim() === '') return undefined;
    const delimiter = typeof options.delimiter === 'string' ? options.delimiter : ',';
    return aq.fromCSV(header, { delimiter, header: true, autoType: false }).columnNames();
  },
};
