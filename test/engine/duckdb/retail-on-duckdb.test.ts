import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { PipelineManager } from '../../../src/manager/pipeline-manager.js';
import { LocalConnection } from '../../../src/connections/local-connection.js';
import { DuckDbEngine, type OperationRun } from '../../../src/engine/duckdb/duckdb-engine.js';
import { buildStoryModel } from '../../../src/story/build-story-model.js';
import { assertTablesEqual } from './assert-tables-equal.js';

const example = fileURLToPath(new URL('../../../examples/retail/', import.meta.url));

test('the retail example runs on the duckdb engine and its gold outputs equal the expected tables', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'odibi-retail-duckdb-'));
  const runs: OperationRun[] = [];
  const engine = new DuckDbEngine({ onOperation: (run) => runs.push(run) });
  try {
    const manager = await PipelineManager.fromYaml(path.join(example, 'project.yaml'), { connections: { lake: new LocalConnection('lake', out) }, storyWriter: false, engine });
    const results = await manager.run();
    for (const r of Object.values(results)) assert.equal(r.status, 'success', `${r.pipeline}: ${JSON.stringify(r.errors)}`);
    assert.equal(results.silver!.node('clean_customers').rowsOut, 19);
    for (const name of ['revenue_by_country', 'top_customers', 'revenue_by_category']) {
      const actual = aq.fromCSV(readFileSync(path.join(out, 'gold', `${name}.csv`), 'utf8'));
      const expected = aq.fromCSV(readFileSync(path.join(example, 'expected', `${name}.csv`), 'utf8'));
      assertTablesEqual(actual, expected, { ordered: true, label: name });
    }
    const onArquero = runs.filter((r) => r.ranAs === 'arquero').map((r) => `${r.node} step ${r.step} (${r.operation}): ${r.reason}`);
    assert.ok(runs.length > 10, 'the example has operation steps');
    assert.deepEqual(onArquero, [], 'every operation step of the example runs as SQL');
  } finally {
    await engine.close();
    rmSync(out, { recursive: true, force: true });
  }
});

const SQL_STEP = `            - sql: |
                SELECT country, count(*) AS orders, round(sum(amount) * 100) / 100 AS revenue
                FROM customer_orders WHERE amount > $min
                GROUP BY country ORDER BY revenue DESC, country
              params: { min: -1 }
        validation:`;

/** The retail project with `engine: <engine>` and revenue_by_country written as one SQL step. */
function sqlProject(dir: string, engine: string): string {
  const yaml = readFileSync(path.join(example, 'project.yaml'), 'utf8')
    .replace('- functions.ts', `- ${path.join(example, 'functions.ts')}`)
    .replace('project: retail\n', `project: retail\nengine: ${engine}\n`);
  const start = yaml.indexOf('      - name: revenue_by_country');
  const steps = yaml.indexOf('          steps:\n', start) + '          steps:\n'.length;
  const end = yaml.indexOf('        validation:', steps);
  const file = path.join(dir, 'project.yaml');
  writeFileSync(file, yaml.slice(0, steps) + SQL_STEP + yaml.slice(end + '        validation:'.length));
  return file;
}

for (const engine of ['arquero', 'duckdb']) {
  test(`engine: ${engine} in the project file, with revenue_by_country as an SQL step, gives the expected gold table`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'odibi-retail-sql-'));
    try {
      const connections = { raw: new LocalConnection('raw', path.join(example, 'data')), lake: new LocalConnection('lake', dir) };
      const manager = await PipelineManager.fromYaml(sqlProject(dir, engine), { connections, storyWriter: false });
      const results = await manager.run();
      for (const r of Object.values(results)) assert.equal(r.status, 'success', `${r.pipeline}: ${JSON.stringify(r.errors)}`);
      assert.deepEqual(results.gold!.node('revenue_by_country').steps.map((s) => s.kind), ['sql']);
      const actual = aq.fromCSV(readFileSync(path.join(dir, 'gold', 'revenue_by_country.csv'), 'utf8'));
      const expected = aq.fromCSV(readFileSync(path.join(example, 'expected', 'revenue_by_country.csv'), 'utf8'));
      assertTablesEqual(actual, expected, { ordered: true, label: `${engine} revenue_by_country` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('the retail stories mean the same on both engines, with every duckdb table validated and counted in DuckDB (eagerRows 1)', async () => {
  const meaning = async (engine?: DuckDbEngine) => {
    const out = mkdtempSync(path.join(tmpdir(), 'odibi-retail-meaning-'));
    try {
      const manager = await PipelineManager.fromYaml(path.join(example, 'project.yaml'), { connections: { lake: new LocalConnection('lake', out) }, storyWriter: false, ...(engine ? { engine } : {}) });
      const results = await manager.run();
      return Object.values(results).flatMap((r) => buildStoryModel(r).nodes.map((n) => ({
        node: `${r.pipeline}.${n.name}`, status: n.status, rowsIn: n.rowsIn, rowsOut: n.rowsOut, rowChange: n.rowChange,
        columns: Object.keys(n.schema ?? {}), added: n.columnsAdded, removed: n.columnsRemoved, sampleColumns: n.sampleColumns, sampleRows: n.sample.length,
        steps: n.steps.map((s) => [s.kind, s.operation, s.rowsOut]), validation: n.validation.map((v) => [v.rule, v.passed, v.message]),
      })));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  };
  const engine = new DuckDbEngine({ eagerRows: 1 });
  try {
    const [onArquero, onDuckDb] = [await meaning(), await meaning(engine)];
    assert.ok(onArquero.some((n) => n.validation.some(([rule]) => rule === 'unique:order_id')), 'the example validates');
    assert.deepEqual(onDuckDb, onArquero);
  } finally {
    await engine.close();
  }
});
