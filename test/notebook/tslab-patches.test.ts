// Each test here fails without its patch under patches/ (try `npx patch-package --reverse`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNotebook, type CellRunResult, type NotebookRunResult } from '../../src/notebook/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = path.join(root, 'test', 'fixtures', 'notebooks', 'tslab-patches');
// The notebook edits one of its modules, so it runs on a copy in an ignored folder.
const work = path.join(root, '.odibi', 'tmp', `tslab-patches-${process.pid}`);
let result: NotebookRunResult;

function stdout(cell: CellRunResult): string {
  return cell.outputs.map((o) => (o.output_type === 'stream' ? String(o.text) : '')).join('');
}

function cell(index: number): CellRunResult {
  const found = result.cells[index];
  assert.ok(found, `cell ${index} is missing from the result`);
  return found;
}

before(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(fixture, work, { recursive: true });
  result = await runNotebook(path.join(work, 'notebooks', 'patches.ipynb'), { continueAfterError: true, timeoutMs: 180_000 });
});

after(() => fs.rmSync(work, { recursive: true, force: true }));

test('the fixture notebook ran every cell (a slow machine shows up here, not as a patch failure)', () => {
  assert.deepEqual(result.cells.map((c) => c.status), ['ok', 'ok', 'ok', 'ok', 'ok', 'error', 'error', 'ok'], JSON.stringify(result.cells.map((c) => c.error)));
});

test('patch 001: a notebook in notebooks/ imports ../src/ (rootDir is the filesystem root)', () => {
  assert.equal(cell(1).status, 'ok', `import from the parent folder failed: ${cell(1).error?.message}`);
  assert.equal(stdout(cell(1)), 'answer=42\n');
});

test('patch 002: an edited, indirectly imported module is seen on re-import without a restart', () => {
  assert.equal(stdout(cell(2)), 'leaf=before\n');
  assert.equal(cell(3).status, 'ok', cell(3).error?.message);
  assert.equal(stdout(cell(4)), 'leaf=after\n', 'the re-import still saw the old module');
});

test('patch 003: a failing cell produces an `error` output with ename and evalue', () => {
  const failing = cell(5);
  assert.equal(failing.status, 'error');
  const errors = failing.outputs.filter((o) => o.output_type === 'error');
  assert.equal(errors.length, 1, `expected one error output, got ${JSON.stringify(failing.outputs).slice(0, 300)}`);
  assert.equal(errors[0].ename, 'RangeError');
  assert.equal(errors[0].evalue, 'deliberate failure for the test');
  assert.deepEqual({ name: failing.error?.name, message: failing.error?.message }, { name: 'RangeError', message: 'deliberate failure for the test' });
});

test('patch 005: the kernel records each cell\'s run and outcome (a compile error and a throw are errors)', () => {
  assert.equal(cell(6).error?.name, 'TypeScriptError');
  assert.equal(cell(7).status, 'ok', cell(7).error?.message);
  const runs = JSON.parse(stdout(cell(7))) as Array<[string, string, string | null]>;
  assert.deepEqual(runs, [
    ['// 1. A notebook imports a module from the folder above its own.', 'ok', null],
    ['// 2a. Import a module that imports another one.', 'ok', null],
    ['// 2b. Edit the indirectly imported module, then give the file watcher time to see it.', 'ok', null],
    ['// 2c. Re-run the import: the edit is seen without restarting the kernel.', 'ok', null],
    ['// 3. A failing cell reports an error with its name and message.', 'error', 'RangeError'],
    ['// 5a. A cell that does not compile.', 'error', 'TypeScriptError'],
  ]);
});
