// The live progress view and show() in a real tslab kernel: the fixture
// notebook runs a small pipeline with liveProgress() as listener, then shows
// its results, its story and an error. kernel-messages.py reports every
// IOPub message, including update_display_data, which leaves no output of
// its own in the executed notebook.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jupyterEnv } from '../../src/notebook/jupyter-env.mjs';

interface KernelMessage { type: string; displayId: string | null; mime: string[]; text: string }
interface CellMessages { status: string; messages: KernelMessage[] }

const here = path.dirname(fileURLToPath(import.meta.url));
const notebook = path.join(here, '..', 'fixtures', 'notebooks', 'live-progress.ipynb');

function runInKernel(): CellMessages[] {
  const { python, env } = jupyterEnv();
  const run = spawnSync(python, [path.join(here, 'kernel-messages.py'), notebook], { env, encoding: 'utf8', timeout: 240_000 });
  assert.equal(run.status, 0, `kernel-messages.py failed: ${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout) as CellMessages[];
}

test('in a real kernel: live progress updates one display in place; show() sends whole bundles', () => {
  const cells = runInKernel();
  const failed = cells.flatMap((c, i) => c.messages.filter((m) => m.type === 'error').map((m) => `cell ${i + 1}: ${m.text}`));
  assert.deepEqual(failed, []);
  assert.deepEqual(cells.map((c) => c.status), ['ok', 'ok', 'ok', 'ok', 'ok']);

  const progress = cells[1]!.messages;
  const displays = progress.filter((m) => m.type === 'display_data');
  assert.equal(displays.length, 1, 'one progress display');
  const id = displays[0]!.displayId;
  assert.ok(id, 'the display has an id');
  const updates = progress.filter((m) => m.type === 'update_display_data');
  assert.ok(updates.length >= 3, `at least 3 updates, got ${updates.length}`);
  assert.ok(updates.every((u) => u.displayId === id), 'every update goes to the same display');
  assert.match(updates[updates.length - 1]!.text, /^progress_demo: success, 3\/3 done/);

  const [results, story, error] = [cells[2], cells[3], cells[4]].map((c) => c!.messages.filter((m) => m.type === 'display_data'));
  assert.deepEqual(results![0]!.mime, ['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']);
  assert.deepEqual(story![0]!.mime, ['text/html', 'text/markdown', 'text/plain']);
  assert.deepEqual(error![0]!.mime, ['text/html', 'text/plain']);
  assert.match(error![0]!.text, /^GRAPH_CYCLE: dependency cycle/);
});
