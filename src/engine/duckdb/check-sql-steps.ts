/**
 * Every SQL step of some pipelines through {@link checkSqlQuery}, before
 * anything runs: syntax errors (ENGINE_SQL), refused statements and table
 * functions, files and other schemas (ENGINE_SQL_REFUSED) and tables the
 * step cannot see (ENGINE_UNKNOWN_TABLE), each placed at its step in the
 * project file. `odibi validate` and `Pipeline.validate()` call it; the
 * engines run the same check before each SQL step. DuckDB is loaded (and
 * locked down to no folder at all) only when there is an SQL step.
 *
 * @example
 * ```ts
 * import { loadProjectFromString } from 'odibi-ts';
 * import { checkSqlSteps } from 'odibi-ts/dist/src/engine/duckdb/check-sql-steps.js';
 * const project = loadProjectFromString(`
 * project: demo
 * connections: { mem: { type: memory } }
 * pipelines:
 *   - pipeline: main
 *     nodes:
 *       - name: copy
 *         read: { connection: mem, path: orders, format: json }
 *         transform: { steps: ["COPY (SELECT 42) TO '/tmp/x.csv'"] }
 * `);
 * (await checkSqlSteps(project.pipelines)).map((p) => p.code); // ['ENGINE_SQL_REFUSED']
 * ```
 */
import type { NodeConfig, PipelineConfig } from '../../config/types.js';
import type { Problem } from '../../errors.js';
import { checkSqlQuery } from './check-sql-query.js';
import { importDuckDb } from './import-duckdb.js';
import { lockDownDatabase } from './lock-down-database.js';
import { refusedSqlError } from './sql-error.js';

export async function checkSqlSteps(pipelines: readonly PipelineConfig[]): Promise<Problem[]> {
  const steps = pipelines.flatMap((pipeline) => pipeline.nodes.flatMap((node) => sqlSteps(pipeline, node)));
  if (steps.length === 0) return [];
  const { DuckDBInstance } = await importDuckDb();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await lockDownDatabase(connection, []);
    const problems: Problem[] = [];
    for (const { pipeline, node, index, sql } of steps) {
      const tables = ['current', ...node.dependsOn];
      const refusal = await checkSqlQuery(connection, sql, tables);
      if (!refusal) continue;
      const error = refusedSqlError(refusal, sql, { node: node.name, step: index + 1, tables });
      const at = node.steps[index]!.location ?? node.location;
      problems.push({
        code: error.code, message: error.message, hint: error.hint, pipeline: pipeline.name, node: node.name, step: index + 1, operation: 'sql',
        ...(at ? { file: at.file, line: at.line, column: at.column, path: at.path } : {}),
      });
    }
    return problems;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function sqlSteps(pipeline: PipelineConfig, node: NodeConfig): { pipeline: PipelineConfig; node: NodeConfig; index: number; sql: string }[] {
  return node.steps.flatMap((step, index) => (step.kind === 'sql' ? [{ pipeline, node, index, sql: step.sql }] : []));
}
