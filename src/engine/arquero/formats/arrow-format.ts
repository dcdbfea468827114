/**
 * Arrow IPC (file format) through Arquero's `toArrowIPC` / `fromArrow`
 * (flechette). Column types are preserved exactly.
 */
import * as aq from 'arquero';
import { OdibiError } from '../../../errors.js';
import { checkColumnNames } from '../../../operations/check-column-names.js';
import type { TableFormat } from './table-format.js';

export const arrowFormat: TableFormat = {
  decode(bytes, _options, where) {
    let table;
    try {
      table = aq.fromArrow(bytes);
    } catch (error) {
      throw new OdibiError('ENGINE_BAD_DATA', `${where}: not an Arrow IPC file: ${(error as Error).message}`, {
        hint: 'write the file with format: arrow, or pick the file\'s real format',
        cause: error,
      });
    }
    checkColumnNames(table.columnNames(), where);
    return table;
  },
  encode(table, options) {
    return aq.toArrowIPC(table, { format: options.ipc === 'stream' ? 'stream' : 'file' });
  },
};
