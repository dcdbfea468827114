/**
 * CSV through Arquero's parser, with checks first: an empty file, a record
 * whose width differs from the header's (with its line) and non-UTF-8 bytes
 * are ENGINE_BAD_DATA errors naming the file.
 *
 * Options (under `read.options` / `write.options`): `delimiter` (default `,`),
 * `header` (default true), `auto_type` (default true: numbers, booleans and
 * ISO dates are parsed), `skip` (lines), `comment` (prefix).
 */
import * as aq from 'arquero';
import { OdibiError } from '../../../errors.js';
import { decodeText } from './decode-text.js';
import { findRaggedRow } from './find-ragged-row.js';
import type { TableFormat } from './table-format.js';

export const csvFormat: TableFormat = {
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
};
