/**
 * Runs one SQL step inside the DuckDB engine's database: on a connection of
 * its own, `current` and the visible tables become temporary views (so
 * steps running at the same time never see each other's names), the query
 * must pass {@link checkSqlQuery} (one SELECT reading those views only), and
 * the result is created as table `name`, params bound as `$name`. The
 * step's signal interrupts the query. Internal.
 */
import type { DuckDBInstance } from '@duckdb/node-api';
import type { StepConfig } from '../../config/types.js';
import type { StepContext } from '../engine.js';
import { checkSqlQuery } from './check-sql-query.js';
import type { DuckDbTable } from './duckdb-table.js';
import { interruptOnAbort } from './interrupt-on-abort.js';
import { quoteIdentifier as q } from './quote-identifier.js';
import { refusedSqlError, sqlError } from './sql-error.js';
import { toDuckDbParams } from './to-duckdb-params.js';

export async function runSqlStep(
  instance: DuckDBInstance,
  name: string,
  current: DuckDbTable,
  tables: ReadonlyMap<string, DuckDbTable>,
  step: Extract<StepConfig, { kind: 'sql' }>,
  ctx: StepContext<DuckDbTable>,
): Promise<void> {
  const visible = new Map<string, DuckDbTable>([['current', current], ...tables]);
  const place = { node: ctx.node, step: ctx.stepIndex, tables: [...visible.keys()] };
  const connection = await instance.connect();
  try {
    const refusal = await checkSqlQuery(connection, step.sql, place.tables);
    if (refusal) throw refusedSqlError(refusal, step.sql, place);
    for (const [view, table] of visible) await connection.run(`CREATE TEMP VIEW ${q(view)} AS SELECT * FROM main.${q(table.name)}`);
    const sql = step.sql.trim().replace(/;+\s*$/, '');
    try {
      await interruptOnAbort(connection, ctx.signal, () => connection.run(`CREATE TABLE main.${q(name)} AS\n${sql}`, toDuckDbParams(step.params)));
    } catch (error) {
      throw sqlError(error, { ...place, lineOffset: 1 });
    }
  } finally {
    connection.closeSync();
  }
}
