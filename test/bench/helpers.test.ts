import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOrder } from '../../bench/graph.js';
import { bounds } from '../../bench/scheduling.js';
import { edgeCount, randomDag } from '../../bench/generate/random-dag.js';
import { median } from '../../bench/lib/measure.js';
import { renderTable } from '../../bench/lib/render-report.js';

test('randomDag is seeded, acyclic and has about 3 dependencies per node', () => {
  const a = randomDag(500, { seed: 3 });
  assert.deepEqual(a, randomDag(500, { seed: 3 }));
  assert.notDeepEqual(a, randomDag(500, { seed: 4 }));
  const perNode = edgeCount(a) / a.length;
  assert.ok(perNode > 2.8 && perNode <= 3.1, `mean dependencies ${perNode}`);
  const created = randomDag(500, { seed: 3, ordered: true });
  checkOrder(created, created.map((n) => n.name));
});

test('checkOrder rejects a dependency listed after its dependent', () => {
  const nodes = [{ name: 'a', dependsOn: [] }, { name: 'b', dependsOn: ['a'] }];
  assert.throws(() => checkOrder(nodes, ['b', 'a']), /a comes after b/);
  assert.throws(() => checkOrder(nodes, ['a']), /1 of 2/);
});

test('bounds: critical path, sum and layered bound of a small DAG', () => {
  const nodes = [
    { name: 'a', dependsOn: [] }, { name: 'b', dependsOn: [] },
    { name: 'c', dependsOn: ['a'] }, { name: 'd', dependsOn: ['b', 'c'] },
  ];
  const durations = new Map([['a', 10], ['b', 50], ['c', 10], ['d', 5]]);
  assert.deepEqual(bounds(nodes, durations), { criticalPath: 55, total: 75, layered: 65 });
});

test('median and table rendering', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(renderTable({ headers: ['a', 'bb'], rows: [['1', '2']] }), '| a | bb |\n|---|----|\n| 1 | 2  |');
});
