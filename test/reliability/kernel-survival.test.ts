// The kernel survives: in a real tslab kernel, user functions inside nodes that throw, reject,
// never settle or reject after their timeout fail only their node; the timeout ends the hanging
// node; the late rejection is recorded, not fatal; the next cells run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runNotebook } from '../../src/notebook/run-notebook.js';

const notebook = path.resolve(import.meta.dirname, '../fixtures/notebooks/reliability-kernel.ipynb');

/** The JSON a cell printed after `marker `. */
function printed(outputs: { output_type: string; text?: unknown }[], marker: string): unknown {
  const text = outputs.filter((o) => o.output_type === 'stream').map((o) => (Array.isArray(o.text) ? o.text.join('') : String(o.text))).join('');
  const line = text.split('\n').find((l) => l.startsWith(`${marker} `));
  assert.ok(line, `no "${marker}" line in: ${text}`);
  return JSON.parse(line.slice(marker.length + 1));
}

test('exceptions, rejections, never-settling and late-rejecting functions in nodes never kill the kernel', async () => {
  const result = await runNotebook(notebook, { timeoutMs: 120_000 });
  const failures = result.cells.filter((c) => c.status !== 'ok').map((c) => `cell ${c.index}: ${c.status} ${c.error?.name}: ${c.error?.message}`);
  assert.deepEqual(failures, []);
  assert.equal(result.ok, true);
  const [, , run, late, next] = result.cells;
  assert.deepEqual(printed(run!.outputs, 'STATUSES'), [
    ['numbers', 'success', null],
    ['throws', 'failed', 'NODE_FUNCTION'],
    ['rejects', 'failed', 'NODE_FUNCTION'],
    ['hangs', 'failed', 'NODE_TIMEOUT'],
    ['rejectsLate', 'failed', 'NODE_TIMEOUT'],
    ['fine', 'success', null],
  ]);
  const lateErrors = printed(late!.outputs, 'LATE') as string[];
  assert.equal(lateErrors.length, 1);
  assert.match(lateErrors[0]!, /function "rejectsLate" threw: rejected after the timeout/);
  assert.deepEqual(printed(next!.outputs, 'NEXT'), { sum: 2, status: 'success', completed: ['numbers', 'fine'] });
});
