/**
 * `union` as SQL: the input's rows, then each other table's rows, columns
 * matched by name (each table must have exactly the input's columns, else
 * Arquero reports the difference); `distinct` keeps the first of equal rows.
 * Row order as Arquero's concat. Internal.
 */
import { unionTables, type UnionParams } from '../../../operations/union.js';
import type { DuckDbTable } from '../duckdb-table.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { plain, type SqlOp } from './sql-op.js';

const SOURCE = '__odibi_source';
const ROW = '__odibi_row';

export const unionSql: SqlOp<UnionParams> = (table, p, ctx) => {
  const columns = Object.keys(table.schema);
  const others = unionTables(p).map((name) => ctx.tables.get(name));
  if (columns.some((c) => [SOURCE, ROW].includes(c.toLowerCase()))) return undefined;
  if (!others.every((o): o is DuckDbTable => o !== undefined && sameColumns(table, o))) return undefined;
  const list = columns.map(q).join(', ');
  const parts = [table, ...others].map((t, i) => `SELECT ${list}, ${i} AS ${SOURCE}, rowid AS ${ROW} FROM ${q(t.name)}`);
  const distinct = p.distinct ? ` QUALIFY row_number() OVER (PARTITION BY ${list} ORDER BY ${SOURCE}, ${ROW}) = 1` : '';
  return plain(`SELECT ${list} FROM (${parts.join(' UNION ALL ')})${distinct} ORDER BY ${SOURCE}, ${ROW}`);
};

function sameColumns(table: DuckDbTable, other: DuckDbTable): boolean {
  const mine = Object.keys(table.schema);
  const theirs = Object.keys(other.schema);
  if (mine.length !== theirs.length) return false;
  return mine.every((c) => {
    const [a, b] = [table.schema[c], other.schema[c]];
    return b !== undefined && a !== 'object' && (a === b || a === 'null' || b === 'null');
  });
}
