// Every example of docs/stories.md runs, as cells of one notebook, and prints what the page says.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { runDocExamples, tsBlocks } from '../helpers/doc-examples.js';

const TMP = '.odibi/tmp/story-doc-examples';
after(() => rmSync(new URL(`../../${TMP}/`, import.meta.url), { recursive: true, force: true }));

test('every example in docs/stories.md runs and prints what the page says', async () => {
  assert.equal(tsBlocks('docs/stories.md').length, 4);
  const lines = await runDocExamples('docs/stories.md', TMP, { shared: true });
  assert.equal(lines[0], '3 of 5 nodes succeeded. customer_orders failed at step 1 (join): unknown column "customer_key" in table "raw_customers"; available: id, name, so order_summary was skipped; raw_customers, raw_orders and clean_orders were unaffected.');
  assert.equal(lines[6], '# orders: partial');
});
