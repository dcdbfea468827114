import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDocExamples } from '../fixtures/docs/run-doc-examples.js';

test('every example in docs/stories.md runs and prints what the page says', () => {
  const run = runDocExamples('docs/stories.md');
  assert.equal(run.blocks, 4);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.equal(lines[0], '3 of 5 nodes succeeded. customer_orders failed at step 1 (join): unknown column "customer_key" in table "raw_customers"; available: id, name, so order_summary was skipped; raw_customers, raw_orders and clean_orders were unaffected.');
  assert.equal(lines[1], "3 2 -1 [ 'amount_eur' ]");
  assert.equal(lines[2], 'true 2');
  assert.equal(lines[3], 'stories/orders_20260115_093005_042.html');
  assert.equal(lines[4], 'stories/orders_20260115_093005_042_2.json');
  assert.equal(lines[5], '[]');
  assert.equal(lines[6], '# orders: partial');
});
