/**
 * Every operation as SQL on the DuckDB engine's own tables, with Arquero's
 * meaning (see each builder under `sql-ops/`). Returns undefined when the
 * params do not parse, a column or table is missing, or an expression uses
 * something outside the translated part of the expression subset (see
 * `translateExpression`): the engine then runs the step on an Arquero copy,
 * which also gives the usual errors. The missing values of the columns the
 * step's expressions read are counted first (`ctx.nullCounts`), when the
 * table does not know them yet: a column with none translates to simpler
 * SQL, and text comparisons on it stay in DuckDB. Internal.
 */
import type { OperationName } from '../../operations/operations.js';
import { expressionColumns } from '../../operations/expression-columns.js';
import { findOperation } from '../../operations/operations.js';
import type { DuckDbTable } from './duckdb-table.js';
import { aggregateSql } from './sql-ops/aggregate-sql.js';
import { dedupeSql } from './sql-ops/dedupe-sql.js';
import { deriveSql } from './sql-ops/derive-sql.js';
import { dropSql } from './sql-ops/drop-sql.js';
import { filterSql } from './sql-ops/filter-sql.js';
import { imputeSql } from './sql-ops/impute-sql.js';
import { joinSql } from './sql-ops/join-sql.js';
import { limitSql } from './sql-ops/limit-sql.js';
import { orderbySql } from './sql-ops/orderby-sql.js';
import { pivotSql } from './sql-ops/pivot-sql.js';
import { renameSql } from './sql-ops/rename-sql.js';
import { selectSql } from './sql-ops/select-sql.js';
import { hasColumn, type OperationSql, type OperationSqlContext, type SqlOp } from './sql-ops/sql-op.js';
import { unionSql } from './sql-ops/union-sql.js';
import { unpivotSql } from './sql-ops/unpivot-sql.js';

export type { OperationSql, OperationSqlContext } from './sql-ops/sql-op.js';

/** Each operation's SQL builder. */
export const SQL_OPS: Record<OperationName, SqlOp<any>> = {
  filter: filterSql, derive: deriveSql, select: selectSql, rename: renameSql, drop: dropSql, dedupe: dedupeSql, orderby: orderbySql,
  aggregate: aggregateSql, join: joinSql, union: unionSql, pivot: pivotSql, unpivot: unpivotSql, limit: limitSql, impute: imputeSql,
};

const NO_TABLES: OperationSqlContext = { tables: new Map(), distinctValues: async () => [] };

export async function operationSql(table: DuckDbTable, operation: string, raw: Record<string, unknown>, ctx: OperationSqlContext = NO_TABLES): Promise<OperationSql | undefined> {
  const definition = findOperation(operation);
  const parsed = definition?.schema.safeParse(raw ?? {});
  if (!definition || !parsed?.success) return undefined;
  const involved = [table, ...definition.tables(parsed.data).map((name) => ctx.tables.get(name))];
  if (involved.some((t) => t && Object.keys(t.schema).some((c) => c.toLowerCase() === 'rowid'))) return undefined;
  const unknown = expressionColumns(definition, parsed.data).filter((c) => hasColumn(table, c) && table.nulls?.[c] === undefined);
  const counted = unknown.length && ctx.nullCounts ? { ...table, nulls: { ...table.nulls, ...(await ctx.nullCounts(table, unknown)) } } : table;
  return SQL_OPS[definition.name as OperationName](counted, parsed.data, ctx);
}
