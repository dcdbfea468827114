import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PipelineManager } from '../../src/manager/pipeline-manager.js';
import { LocalConnection } from '../../src/connections/local-connection.js';
import { ConfigError } from '../../src/config/config-error.js';

const example = fileURLToPath(new URL('../../examples/retail/', import.meta.url));

/** CSV text -> rows of cells, numbers compared as numbers. */
function cells(text: string): (string | number)[][] {
  return text.trim().split('\n').map((line) => line.split(',').map((c) => (c !== '' && !Number.isNaN(Number(c)) ? Number(c) : c)));
}

test('the retail example runs bronze -> silver -> gold and its gold outputs equal the expected tables', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'odibi-retail-'));
  try {
    const manager = await PipelineManager.fromYaml(path.join(example, 'project.yaml'), { connections: { lake: new LocalConnection('lake', out) }, storyWriter: false });
    assert.deepEqual(manager.list(), ['bronze', 'silver', 'gold']);
    assert.deepEqual(manager.get('silver').plan().layers, [['raw_customers', 'raw_orders', 'raw_products'], ['clean_customers', 'clean_orders'], ['customer_orders']]);
    const results = await manager.run();
    for (const r of Object.values(results)) assert.equal(r.status, 'success', `${r.pipeline}: ${JSON.stringify(r.errors)}`);
    assert.equal(results.silver!.node('clean_customers').rowsOut, 19, 'one duplicate and one customer without email removed');
    assert.ok(results.silver!.node('clean_customers').validation.every((v) => v.passed));
    assert.deepEqual(results.silver!.node('clean_orders').steps.map((s) => s.operation), ['filter', 'join', 'derive', 'addOrderSize', 'select']);
    for (const name of ['revenue_by_country', 'top_customers', 'revenue_by_category']) {
      const actual = readFileSync(path.join(out, 'gold', `${name}.csv`), 'utf8');
      const expected = readFileSync(path.join(example, 'expected', `${name}.csv`), 'utf8');
      assert.deepEqual(cells(actual), cells(expected), name);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('an unknown function in a project file is reported at its line and column', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'odibi-retail-'));
  try {
    const yaml = readFileSync(path.join(example, 'project.yaml'), 'utf8')
      .replace('- functions.ts', `- ${path.join(example, 'functions.ts')}`)
      .replace('function: addOrderSize', 'function: addOrderSise');
    writeFileSync(path.join(dir, 'project.yaml'), yaml);
    await assert.rejects(PipelineManager.fromYaml(path.join(dir, 'project.yaml')), (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      const p = e.problems[0]!;
      assert.equal(p.code, 'CONFIG_UNKNOWN_FUNCTION');
      assert.match(p.hint ?? '', /did you mean "addOrderSize"/);
      const line = yaml.split('\n').findIndex((l) => l.includes('addOrderSise')) + 1;
      assert.equal(p.line, line);
      assert.ok(p.column! > 0);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
