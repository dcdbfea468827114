import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OdibiError } from '../../src/index.js';
import { runNotebook, type CellRunResult } from '../../src/notebook/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'notebooks');
const tmp = path.join(root, '.odibi', 'tmp', `run-notebook-${process.pid}`);

const statuses = (cells: CellRunResult[]) => cells.map((c) => c.status);
const stdout = (c: CellRunResult | undefined) => (c?.outputs ?? []).map((o) => (o.output_type === 'stream' ? String(o.text) : '')).join('');

// Each test starts a real kernel (a few seconds); two run at a time.
describe('runNotebook', { concurrency: 2 }, () => {
  test('stops at the first failing cell and reports it; writes the executed copy, not the original', async () => {
    const source = path.join(fixtures, 'stop-at-error.ipynb');
    const before = fs.readFileSync(source, 'utf8');
    const outputPath = path.join(tmp, 'stop-at-error.executed.ipynb');
    const result = await runNotebook(source, { timeoutMs: 180_000, outputPath });
    assert.equal(result.ok, false);
    assert.deepEqual(statuses(result.cells), ['ok', 'ok', 'error', 'notRun', 'notRun']);
    const failed = result.cells[2];
    assert.equal(failed.firstLine, "throw new TypeError('cell two failed');");
    assert.equal(failed.error?.name, 'TypeError');
    assert.equal(failed.error?.message, 'cell two failed');
    assert.equal(stdout(result.cells[1]), 'hello\n');
    assert.equal(result.executedPath, outputPath);
    const executed = JSON.parse(fs.readFileSync(outputPath, 'utf8')) as { cells: { outputs?: unknown[] }[] };
    assert.equal(executed.cells[1].outputs?.length, 1);
    assert.equal(fs.readFileSync(source, 'utf8'), before, 'the committed notebook was changed');
  });

  test('continueAfterError runs the cell after a failure; with no pause the aborted cell is notRun, never ok', async () => {
    const source = path.join(fixtures, 'continue-after-error.ipynb');
    const paused = await runNotebook(source, { timeoutMs: 180_000, continueAfterError: true });
    assert.deepEqual(statuses(paused.cells), ['error', 'ok']);
    assert.equal(stdout(paused.cells[1]), 'second cell ran\n');
    const hasty = await runNotebook(source, { timeoutMs: 180_000, continueAfterError: true, pauseAfterErrorMs: 0 });
    assert.deepEqual(statuses(hasty.cells), ['error', 'notRun']);
    assert.equal(hasty.ok, false);
  });

  test('a cell over the timeout is `timeout`; restartOnTimeout goes on in a fresh kernel', async () => {
    const source = path.join(fixtures, 'timeout.ipynb');
    const result = await runNotebook(source, { timeoutMs: 6_000, restartOnTimeout: true });
    assert.deepEqual(statuses(result.cells), ['ok', 'timeout', 'ok']);
    assert.equal(result.cells[1].error?.name, 'CellTimeoutError');
    assert.equal(stdout(result.cells[2]), 'fresh kernel\n');
  });

  test('without restartOnTimeout the cells after a timeout are notRun', async () => {
    const result = await runNotebook(path.join(fixtures, 'timeout.ipynb'), { timeoutMs: 6_000 });
    assert.deepEqual(statuses(result.cells), ['ok', 'timeout', 'notRun']);
  });

  test('an unknown kernel is an OdibiError NOTEBOOK_RUN whose message gives the reason in one line', async () => {
    await assert.rejects(runNotebook(path.join(fixtures, 'stop-at-error.ipynb'), { kernelName: 'no-such-kernel' }), (e: unknown) => {
      assert.ok(e instanceof OdibiError);
      assert.equal(e.code, 'NOTEBOOK_RUN');
      assert.match(e.message, /stop-at-error\.ipynb could not be executed: .*No such kernel named no-such-kernel$/);
      return true;
    });
  });

  test('a missing notebook is an OdibiError NOTEBOOK_RUN naming the file', async () => {
    await assert.rejects(runNotebook(path.join(tmp, 'no-such.ipynb')), (e: unknown) => {
      assert.ok(e instanceof OdibiError);
      assert.equal(e.code, 'NOTEBOOK_RUN');
      assert.match(e.message, /no-such\.ipynb.*does not exist/);
      return true;
    });
  });
});
