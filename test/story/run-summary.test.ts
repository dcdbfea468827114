import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSummary } from '../../src/story/run-summary.js';
import { courseExample, wideResults } from '../fixtures/results/results-fixtures.js';

test('the course example: counts, the failure with its step, the skips it caused, the unaffected nodes', () => {
  assert.equal(
    runSummary(courseExample()),
    '2 of 5 nodes succeeded. B failed at step 2 (join): unknown column "customer_id"; available: id, name, so D and E were skipped; A and C were unaffected.',
  );
});

test('all nodes succeeded', () => {
  assert.equal(runSummary(wideResults(3)), 'All 3 nodes succeeded in 10 ms.');
});

test('fail_fast skips and not-run nodes are explained', () => {
  const r = courseExample();
  const e = r.nodeResults[4]!;
  e.skip = { reason: 'fail_fast', message: 'the run stopped after B failed' };
  r.nodeResults[0]!.status = 'notRun';
  const summary = runSummary(r);
  assert.match(summary, /B failed at step 2 \(join\): .*, so D was skipped\./);
  assert.match(summary, /E was not started because the run stops at the first failure \(fail_fast\)\./);
  assert.match(summary, /A was not run; C was unaffected\.$/);
});
