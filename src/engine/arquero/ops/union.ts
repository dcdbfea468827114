/** Arquero implementation of `union`: concat (every row), then dedupe when `distinct`. */
import type { ColumnTable } from 'arquero';
import { OdibiError } from '../../../errors.js';
import { unionTables, type UnionParams } from '../../../operations/union.js';
import type { ArqueroOp } from './arquero-op.js';

export const union: ArqueroOp<UnionParams> = (table, p, ctx) => {
  const columns = table.columnNames();
  const others = unionTables(p).map((name) => aligned(ctx.tables.get(name), name, columns));
  const all = table.concat(...others);
  return p.distinct ? all.dedupe().reify() : all;
};

function aligned(other: ColumnTable, name: string, columns: string[]): ColumnTable {
  const theirs = other.columnNames();
  const missing = columns.filter((c) => !theirs.includes(c));
  const extra = theirs.filter((c) => !columns.includes(c));
  if (missing.length || extra.length) {
    throw new OdibiError('ENGINE_UNKNOWN_COLUMN', `table "${name}" has different columns: ${missing.length ? `missing ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `extra ${extra.join(', ')}` : ''}`, {
      hint: 'select or rename columns so both tables have the same ones before the union',
    });
  }
  return other.select(columns);
}
