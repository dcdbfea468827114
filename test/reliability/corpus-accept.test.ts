// Inputs that must be accepted and handled well: a 10,000-node project, huge and tiny numbers,
// unicode names, empty tables, very wide rows.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as aq from 'arquero';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import { safeLoadProjectFromString } from '../../src/config/load-project-from-string.js';
import { MemoryConnection } from '../../src/connections/memory-connection.js';
import { PipelineManager } from '../../src/manager/pipeline-manager.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { corpusCopy } from '../helpers/corpus.js';

const copy = corpusCopy();
after(() => copy.remove());

/** A project of `n` nodes: one read, then a binary tree of small transforms (14 layers for 10,000). */
function bigProjectYaml(n: number): string {
  const lines = ['project: big', 'connections:', '  mem: { type: memory }', 'pipelines:', '  - pipeline: big', '    max_concurrency: 64', '    nodes:',
    '      - { name: n0, read: { connection: mem, path: orders, format: json } }'];
  for (let i = 1; i < n; i++) lines.push(`      - { name: n${i}, depends_on: [n${Math.floor((i - 1) / 2)}], transform: { steps: [ { operation: limit, params: { n: 2 } } ] } }`);
  return lines.join('\n') + '\n';
}

test('a 10,000-node project loads, plans, validates and runs, every node succeeding', async () => {
  const loaded = safeLoadProjectFromString(bigProjectYaml(10_000));
  assert.ok(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.problems.slice(0, 3)));
  const mem = new MemoryConnection('mem');
  mem.putTable('orders', aq.table({ id: [1, 2, 3], amount: [5, 50, 500] }));
  const pipeline = new Pipeline(loaded.project.pipelines[0]!, { project: loaded.project, connections: { mem }, clock: new VirtualClock(), storyWriter: false });
  const plan = pipeline.plan();
  assert.equal(plan.order.length, 10_000);
  assert.equal(plan.layers.length, 14);
  assert.deepEqual((await pipeline.validate()).errors, []);
  const results = await pipeline.run();
  assert.equal(results.status, 'success');
  assert.equal(results.completed.length, 10_000);
  assert.equal(results.node('n9999').rowsOut, 2);
});

test('unicode node, column and file names, huge and tiny numbers, and empty tables pass through unchanged', async () => {
  const manager = await PipelineManager.fromYaml(path.join(copy.root, 'accept/unicode-and-numbers.yaml'), { storyWriter: false });
  const results = await manager.run('grenzfälle');
  assert.equal(results.status, 'success', JSON.stringify(results.errors));
  assert.deepEqual(results.node('städte_東京').sample?.map((r) => r['städte']), ['東京', 'Zürich', 'مرحبا']);
  const out = (file: string): string => readFileSync(path.join(copy.root, 'out', file), 'utf8');
  assert.equal(out('ünïcödé/auswahl.csv'), '名前,städte,note\n2,Zürich,"Grüße, Ünïcödé"\n3,مرحبا,שלום\n');
  const numbers = JSON.parse(out('numbers.json')) as { value: number; same: number }[];
  assert.deepEqual(numbers.map((r) => r.value), [1.7976931348623157e308, 5e-324, -1e-21, 9007199254740991, -1.5e-300, 0]);
  assert.deepEqual(numbers.map((r) => r.same), numbers.map((r) => r.value));
  assert.equal(results.node('empty_big_orders').rowsOut, 0);
  assert.equal(out('empty.csv').trim(), 'order_id,amount');
});

test('very wide rows (2,000 columns, 50 rows) are read, selected and written', async () => {
  const columns = Array.from({ length: 2000 }, (_, i) => `c${i}`);
  const csv = [columns.join(','), ...Array.from({ length: 50 }, (_, r) => columns.map((_, c) => r * c).join(','))].join('\n');
  const mem = new MemoryConnection('mem');
  await mem.writeBytes('wide.csv', csv);
  const loaded = safeLoadProjectFromString(`project: wide
connections: { mem: { type: memory } }
pipelines:
  - pipeline: wide
    nodes:
      - { name: wide, read: { connection: mem, path: wide.csv } }
      - name: narrow
        depends_on: [wide]
        transform: { steps: [ { operation: filter, params: { expr: "d => d.c1999 > 1999 * 40" } }, { operation: select, params: { columns: [c0, c1999] } } ] }
        write: { connection: mem, path: narrow.csv }
`);
  assert.ok(loaded.ok);
  const results = await new Pipeline(loaded.project.pipelines[0]!, { project: loaded.project, connections: { mem }, storyWriter: false }).run();
  assert.equal(results.status, 'success', JSON.stringify(results.errors));
  assert.equal(Object.keys(results.node('wide').schema ?? {}).length, 2000);
  assert.equal(results.node('narrow').rowsOut, 9);
  const narrow = mem.getTable('narrow.csv')!;
  assert.deepEqual(narrow.columnNames(), ['c0', 'c1999']);
  assert.deepEqual(narrow.objects()[0], { c0: 0, c1999: 41 * 1999 });
});
