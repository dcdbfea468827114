/**
 * `join` as SQL with Arquero's columns and order. Columns: inner and left
 * joins keep every input column, then the other table's columns except keys
 * of the same name; a right join drops the input's same-name keys instead;
 * a full join merges them (the input's value, else the other's). Names
 * present on both sides get the suffixes (default `_1`, `_2`; '' keeps the
 * name). Missing keys match nothing. Rows: matched pairs in the order of
 * the larger table (then the smaller), then unmatched input rows, then
 * unmatched rows of the other table. Internal.
 */
import { joinKeys, type JoinParams } from '../../../operations/join.js';
import type { DuckDbTable } from '../duckdb-table.js';
import { quoteIdentifier as q } from '../quote-identifier.js';
import { hasColumn, plain, type SqlOp } from './sql-op.js';

const KINDS = { inner: 'JOIN', left: 'LEFT JOIN', right: 'RIGHT JOIN', full: 'FULL JOIN' } as const;

export const joinSql: SqlOp<JoinParams> = (table, p, ctx) => {
  const other = ctx.tables.get(p.with);
  const keys = joinKeys(p);
  if (!other || !keys.every(([l, r]) => hasColumn(table, l) && hasColumn(other, r) && comparable(table.schema[l]!, other.schema[r]!))) return undefined;
  const how = p.how ?? 'inner';
  const shared = keys.filter(([l, r]) => l === r).map(([l]) => l);
  const [left, right] = columns(table, other, shared, how);
  const [s1, s2] = [p.suffix ? String(p.suffix[0]) : '_1', p.suffix ? String(p.suffix[1]) : '_2'];
  const clash = new Set(left.map((c) => c.name).filter((n) => right.some((c) => c.name === n)));
  const named = [...left.map((c) => rename(c, clash, s1)), ...right.map((c) => rename(c, clash, s2))];
  if (new Set(named.map((c) => c.name.toLowerCase())).size !== named.length) return undefined;
  const on = keys.map(([l, r]) => `l.${q(l)} = r.${q(r)}`).join(' AND ');
  const [scan, hash] = table.rows >= other.rows ? ['l', 'r'] : ['r', 'l'];
  const order = `CASE WHEN l.rowid IS NULL THEN 2 WHEN r.rowid IS NULL THEN 1 ELSE 0 END, ${scan}.rowid, ${hash}.rowid`;
  const select = named.map((c) => `${c.sql} AS ${q(c.name)}`).join(', ');
  return plain(`SELECT ${select} FROM ${q(table.name)} AS l ${KINDS[how]} ${q(other.name)} AS r ON ${on} ORDER BY ${order}`);
};

interface OutColumn {
  name: string;
  sql: string;
}

function columns(table: DuckDbTable, other: DuckDbTable, shared: string[], how: string): [OutColumn[], OutColumn[]] {
  const mine = Object.keys(table.schema);
  const theirs = Object.keys(other.schema);
  const l = (c: string): OutColumn => ({ name: c, sql: `l.${q(c)}` });
  const r = (c: string): OutColumn => ({ name: c, sql: `r.${q(c)}` });
  if (how === 'right') return [mine.filter((c) => !shared.includes(c)).map(l), theirs.map(r)];
  const rest = theirs.filter((c) => !shared.includes(c)).map(r);
  if (how === 'full') return [mine.map((c) => (shared.includes(c) ? { name: c, sql: `coalesce(l.${q(c)}, r.${q(c)})` } : l(c))), rest];
  return [mine.map(l), rest];
}

function rename(column: OutColumn, clash: Set<string>, suffix: string): OutColumn {
  return clash.has(column.name) ? { ...column, name: column.name + suffix } : column;
}

function comparable(a: string, b: string): boolean {
  return a !== 'object' && b !== 'object' && (a === b || a === 'null' || b === 'null');
}
