/**
 * Child process of the larger-than-memory benchmark: one fresh process per
 * case, so its peak RSS is this run's own. Runs a three-node pipeline through
 * the library (read orders and customers from CSV; filter the paid orders,
 * join the customers' region, aggregate revenue per region, write Parquet) on
 * the `duckdb` or `arquero` engine, and prints one JSON line: seconds per
 * phase, RSS at start and at peak, the output rows, and the operations the
 * duckdb engine ran on an Arquero copy instead of in SQL (none expected).
 * Usage: tsx bench/larger-than-memory-child.ts duckdb|duckdb-sql|arquero DATA_DIR [MEMORY_LIMIT]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from '../src/connections/connection.js';
import { LocalConnection } from '../src/connections/local-connection.js';
import type { Engine, Row } from '../src/engine/engine.js';
import { ArqueroEngine } from '../src/engine/arquero/arquero-engine.js';
import { DuckDbEngine } from '../src/engine/duckdb/duckdb-engine.js';
import type { OperationRun } from '../src/engine/duckdb/duckdb-engine-options.js';
import { loadProjectFromString } from '../src/config/load-project-from-string.js';
import { Pipeline } from '../src/pipeline/pipeline.js';

type Which = 'duckdb' | 'duckdb-sql' | 'arquero';

const OPERATIONS = `
            - operation: filter
              params: { expr: "d => d.status === 'paid'" }
            - operation: join
              params: { with: customers, on: [customer_id] }
            - operation: aggregate
              params: { group_by: [region], aggregates: { orders: "d => op.count()", revenue: "d => op.sum(d.amount)" } }
            - operation: orderby
              params: { by: [region] }`;

/** The same pipeline on both engines; `duckdb-sql` writes the join and the aggregate as SQL steps instead (plain SQL, no Arquero row order to keep). */
const STEPS: Record<Which, string> = {
  duckdb: OPERATIONS,
  arquero: OPERATIONS,
  'duckdb-sql': `
            - operation: filter
              params: { expr: "d => d.status === 'paid'" }
            - sql: SELECT o.*, c.region FROM current o JOIN customers c USING (customer_id)
            - sql: SELECT region, count(*) AS orders, sum(amount) AS revenue FROM current GROUP BY region ORDER BY region`,
};

/** The pipeline's YAML for an engine, reading and writing through the connection `lake`. */
export function largerPipelineYaml(engine: Which, dir: string): string {
  return `
project: larger-than-memory
connections:
  lake: { type: local, base_path: ${JSON.stringify(dir)} }
story: { auto_generate: false }
pipelines:
  - pipeline: revenue
    strategy: sequential
    nodes:
      - name: orders
        read: { connection: lake, path: orders.csv, format: csv }
      - name: customers
        read: { connection: lake, path: customers.csv, format: csv }
      - name: revenue
        depends_on: [orders, customers]
        transform:
          steps:${STEPS[engine]}
        write: { connection: lake, path: out/revenue-${engine}.parquet, format: parquet }
`;
}

const mbOf = (kb: number): number => Math.round(kb / 1024);

async function main(): Promise<void> {
  const [which, dir, memoryLimit] = process.argv.slice(2);
  if (!(which === 'duckdb' || which === 'duckdb-sql' || which === 'arquero') || !dir) throw new Error('usage: larger-than-memory-child.ts duckdb|duckdb-sql|arquero DATA_DIR [MEMORY_LIMIT]');
  mkdirSync(join(dir, 'out'), { recursive: true });
  const project = loadProjectFromString(largerPipelineYaml(which, dir), { file: 'larger-than-memory.yaml' });
  const lake: Connection = new LocalConnection('lake', dir);
  const onArquero: string[] = [];
  const onOperation = (run: OperationRun): void => void (run.ranAs === 'arquero' && onArquero.push(`${run.operation} (${run.reason ?? 'not translated'})`));
  const engine: Engine<any> = which === 'arquero' ? new ArqueroEngine() : new DuckDbEngine({ memoryLimit, tempDirectory: join(dir, `spill-${process.pid}`), onOperation });
  const startRssMB = Math.round(process.memoryUsage().rss / 2 ** 20);
  const pipeline = new Pipeline(project.pipelines[0]!, { project, engine, connections: { lake }, storyWriter: false });
  const results = await pipeline.run();
  if (results.status !== 'success') throw new Error(`${which}: ${results.status}: ${results.errors.map((e) => e.message).join('; ')}`);
  const peakRssMB = mbOf(process.resourceUsage().maxRSS);
  const revenue = results.node('revenue');
  const stepsMs = revenue.steps.reduce((sum, s) => sum + s.durationMs, 0);
  if ('close' in engine && typeof engine.close === 'function') await engine.close();
  const out = new ArqueroEngine();
  const table = await out.read({ connection: 'lake', path: `out/revenue-${which}.parquet`, format: 'parquet', options: {} }, lake);
  const result = out.sample(table, out.rowCount(table)) as Row[];
  console.log(JSON.stringify({
    engine: which,
    memoryLimit: which === 'arquero' ? null : memoryLimit ?? null,
    onArquero,
    readS: (results.node('orders').durationMs + results.node('customers').durationMs) / 1000,
    stepsS: stepsMs / 1000,
    writeS: (revenue.durationMs - stepsMs) / 1000,
    totalS: results.durationMs / 1000,
    rowsAfterFilter: revenue.steps[0]?.rowsOut,
    startRssMB,
    peakRssMB,
    result,
  }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
