// DuckDB (`@duckdb/node-api` and its native library) loads on first use, not
// when the library is imported: each case runs in a fresh process and counts
// the files of @duckdb/ in Node's module cache at each stage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const INDEX = fileURLToPath(new URL('../../../src/index.ts', import.meta.url));
const CONFIG = fileURLToPath(new URL('../../../src/config/parse-project-object.ts', import.meta.url));
const SQL = fileURLToPath(new URL('../../../src/engine/duckdb/run-sql-on-arquero.ts', import.meta.url));

/** Runs `body` in a new process after importing the library as `lib` (and arquero as `aq`); `seen(label)` records whether DuckDB is loaded. */
function stages(body: string): Record<string, boolean> {
  const code = `
    import { createRequire } from 'node:module';
    const cache = createRequire(import.meta.url).cache;
    const stages = {};
    const seen = (label) => { stages[label] = Object.keys(cache).some((file) => file.includes('@duckdb')); };
    const lib = await import(${JSON.stringify(INDEX)});
    const { parseProjectObject } = await import(${JSON.stringify(CONFIG)});
    const { runSqlOnArquero } = await import(${JSON.stringify(SQL)});
    const aq = await import('arquero');
    seen('import');
    ${body}
    console.log(JSON.stringify(stages));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', cwd: fileURLToPath(new URL('../../../', import.meta.url)) });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, boolean>;
}

test('importing the library and running Arquero steps never loads DuckDB; the first SQL step does', () => {
  const seen = stages(`
    const project = parseProjectObject({
      project: 'p', connections: { mem: { type: 'memory' } }, story: { auto_generate: false },
      pipelines: [{ pipeline: 'one', nodes: [{ name: 'big', read: { connection: 'mem', path: 'orders', format: 'json' },
        transform: { steps: [{ operation: 'filter', params: { expr: 'd => d.amount > 10' } }] } }] }],
    });
    const mem = new lib.MemoryConnection('mem');
    mem.putTable('orders', aq.table({ amount: [5, 50] }));
    const results = await new lib.Pipeline(project.pipelines[0], { project, connections: { mem } }).run();
    if (results.status !== 'success') throw new Error(results.status);
    new lib.DuckDbEngine();
    seen('arquero run, duckdb engine made');
    await runSqlOnArquero(aq.table({ x: [1, 5] }), new Map(), 'SELECT * FROM current WHERE x > 2', {}, { node: 'n', step: 1 });
    seen('sql step');`);
  assert.deepEqual(seen, { import: false, 'arquero run, duckdb engine made': false, 'sql step': true });
});

test('the DuckDB engine loads DuckDB when it first opens its database', () => {
  const seen = stages(`
    const engine = new lib.DuckDbEngine();
    const table = engine.fromArquero(aq.table({ x: [1, 2] }));
    engine.rowCount(table);
    seen('engine made, table handed over');
    await engine.load(table);
    seen('first load');
    await engine.close();`);
  assert.deepEqual(seen, { import: false, 'engine made, table handed over': false, 'first load': true });
});
