import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDocExamples } from '../fixtures/docs/run-doc-examples.js';

test('every example in docs/charts.md runs and prints what the page says', () => {
  const run = runDocExamples('docs/charts.md');
  assert.ok(run.blocks >= 6);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.ok(lines.includes('true'), 'the layers SVG names customer_orders');
  assert.ok(lines.includes("[ 'raw_orders', 'clean_orders', 'customer_orders' ]"), run.stdout);
  assert.ok(lines.includes('true true'));
  assert.ok(lines.includes('[]'), 'no vega-lite warning');
  assert.ok(lines.includes("[ 'application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain' ]"));
  assert.match(run.stdout, /3 of 5 nodes succeeded\. customer_orders failed at step 1 \(join\)/);
  assert.match(run.stdout, /orders: partial, 5\/5 done \(3 succeeded, 1 failed, 1 skipped, 0 running\)/);
});
