// Every example of docs/charts.md runs, as cells of one notebook, and prints what the page says.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { runDocExamples, tsBlocks } from '../helpers/doc-examples.js';

const TMP = '.odibi/tmp/charts-doc-examples';
after(() => rmSync(new URL(`../../${TMP}/`, import.meta.url), { recursive: true, force: true }));

test('every example in docs/charts.md runs and prints what the page says', async () => {
  assert.ok(tsBlocks('docs/charts.md').length >= 6);
  const printed = (await runDocExamples('docs/charts.md', TMP, { shared: true })).join('\n');
  assert.match(printed, /3 of 5 nodes succeeded\. customer_orders failed at step 1 \(join\)/, 'show() prints the story outside a kernel');
  assert.match(printed, /orders: partial, 5\/5 done \(3 succeeded, 1 failed, 1 skipped, 0 running\)/, 'live progress prints its final state');
});
