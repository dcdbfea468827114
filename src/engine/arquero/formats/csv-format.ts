/**
 * CSV through Arquero's parser, with checks first: an empty file, a record
 * whose width differs from the header's (with its line), a quote never
 * closed, a header naming a column twice or naming a member of every
 * JavaScript object (`toString`...), and non-UTF-8 bytes are
 * ENGINE_BAD_DATA errors naming the file. Blank lines are no rows.
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
import { checkColumnNames } from '../../../operations/check-column-names.js';
import { scanCsv, withoutBlankLines } from './scan-csv.js';
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
    const scan = scanCsv(text, delimiter);
    if (scan.openQuoteLine !== undefined) {
      throw new OdibiError('ENGINE_BAD_DATA', `${where}:${scan.openQuoteLine}: a quoted value starts on this line and is never closed`, {
        hint: 'close the quote, or double a quote inside a quoted value ("")',
      });
    }
    const ragged = options.skip || options.comment ? undefined : scan.ragged;
    if (ragged) {
      throw new OdibiError('ENGINE_BAD_DATA', `${where}:${ragged.line}: expected ${ragged.expected} fields (as in the header), found ${ragged.found}`, {
        hint: 'fix that line: quote values that contain the delimiter, or add the missing fields',
      });
    }
    if (options.header !== false && !options.skip) checkColumnNames(headerNames(text, delimiter), where);
    return aq.fromCSV(withoutBlankLines(text, scan.blankLines), {
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
    const text = decodeText(bytes, where);
    if (firstRecord(text).trim() === '') return undefined;
    return headerNames(text, typeof options.delimiter === 'string' ? options.delimiter : ',');
  },
};

/** The names in the header record, as written (read as a row, so a repeated or reserved name stays visible). */
export function headerNames(text: string, delimiter: string): string[] {
  const record = firstRecord(text);
  if (record.trim() === '') return [];
  const header = aq.fromCSV(record, { delimiter, header: false, autoType: false });
  return header.columnNames().map((column) => String(header.get(column, 0) ?? ''));
}
