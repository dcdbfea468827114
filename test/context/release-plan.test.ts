import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { Context } from '../../src/context/context.js';
import { ReleasePlan, type ReleasePlanNode } from '../../src/context/release-plan.js';
import { ArqueroEngine } from '../../src/engine/arquero/arquero-engine.js';

// raw_orders -> clean_orders -> customer_orders <- clean_customers <- raw_customers (cache)
//            \-> order_count (a second consumer of raw_orders)
const nodes: ReleasePlanNode[] = [
  { name: 'raw_orders', dependsOn: [], cache: false },
  { name: 'raw_customers', dependsOn: [], cache: true },
  { name: 'clean_orders', dependsOn: ['raw_orders'], cache: false },
  { name: 'clean_customers', dependsOn: ['raw_customers'], cache: false },
  { name: 'order_count', dependsOn: ['raw_orders'], cache: false },
  { name: 'customer_orders', dependsOn: ['clean_orders', 'clean_customers'], cache: false },
];

test('the context releases an intermediate exactly after its last consumer, keeping cached and terminal tables', () => {
  const context = new Context(new ArqueroEngine(), () => 0);
  const plan = new ReleasePlan(nodes);
  const run = (node: string): string[] => {
    context.register(node, aq.table({ x: [1] }));
    const released = plan.finished(node);
    released.forEach((t) => context.remove(t));
    return released;
  };
  assert.deepEqual(run('raw_orders'), []);
  assert.deepEqual(run('raw_customers'), []);
  assert.deepEqual(run('clean_orders'), []);
  assert.ok(context.has('raw_orders'), 'order_count still needs raw_orders');
  assert.deepEqual(run('order_count'), ['raw_orders']);
  assert.deepEqual(run('clean_customers'), []);
  assert.ok(context.has('raw_customers'), 'cache: true keeps it');
  assert.deepEqual(run('customer_orders'), ['clean_orders', 'clean_customers']);
  assert.deepEqual(context.names().sort(), ['customer_orders', 'order_count', 'raw_customers']);
  assert.deepEqual(context.events().filter((e) => e.kind === 'release').map((e) => e.table), ['raw_orders', 'clean_orders', 'clean_customers']);
});

test('failed and skipped consumers count as finished', () => {
  const plan = new ReleasePlan(nodes);
  plan.finished('raw_orders');
  plan.finished('clean_orders');
  assert.deepEqual(plan.finished('order_count'), ['raw_orders']);
});

test('a table is not released before its own node finished, even when its consumers were skipped first', () => {
  const plan = new ReleasePlan([
    { name: 'x', dependsOn: [], cache: false },
    { name: 'y', dependsOn: [], cache: false },
    { name: 'd', dependsOn: ['x', 'y'], cache: false },
  ]);
  assert.deepEqual(plan.finished('y'), []);
  assert.deepEqual(plan.finished('d'), ['y']);
  assert.deepEqual(plan.finished('x'), ['x']);
});

test('each table is released once; keep: true releases nothing', () => {
  const plan = new ReleasePlan(nodes);
  plan.finished('raw_orders');
  plan.finished('clean_orders');
  assert.deepEqual(plan.finished('order_count'), ['raw_orders']);
  assert.deepEqual(plan.finished('order_count'), []);
  const keep = new ReleasePlan(nodes, { keep: true });
  for (const node of nodes) assert.deepEqual(keep.finished(node.name), []);
  assert.equal(keep.reason('clean_orders'), 'keep');
});

test('reasons, pending consumers and retained tables', () => {
  const plan = new ReleasePlan(nodes);
  assert.equal(plan.reason('raw_orders'), 'intermediate');
  assert.equal(plan.reason('raw_customers'), 'cache');
  assert.equal(plan.reason('customer_orders'), 'output');
  assert.equal(plan.reason('nope'), undefined);
  assert.deepEqual(plan.pendingConsumers('raw_orders'), ['clean_orders', 'order_count']);
  assert.deepEqual(plan.retained().sort(), ['customer_orders', 'order_count', 'raw_customers']);
});

test('a dependency outside the plan (provided from elsewhere) is released after its last consumer', () => {
  const plan = new ReleasePlan([{ name: 'clean', dependsOn: ['given'], cache: false }]);
  assert.deepEqual(plan.finished('clean'), ['given']);
});
