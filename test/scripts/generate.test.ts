// `npm run generate`: one command for every generated file; `--check` names
// what is stale. A notebook with outputs is compared by the shape of its
// cells (sources and kinds of outputs), not by output text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { notebookShape } from '../../scripts/lib/notebook-shape.js';
import type { NotebookJson } from '../../src/grading/notebook-json.js';

const root = join(import.meta.dirname, '../..');

function notebook(stdout: string, outputs: Array<Record<string, unknown>> = [{ output_type: 'stream', name: 'stdout', text: stdout }]): NotebookJson {
  return { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# Title'] },
    { cell_type: 'code', metadata: {}, source: ['console.log(Date.now())'], outputs, execution_count: 1 } as never,
  ] };
}

test('a regenerated notebook with other output text has the same shape', () => {
  assert.equal(notebookShape(notebook('1733212800000\n')), notebookShape(notebook('1733212811111\n')));
});

test('a changed source, or an output of another kind or MIME type, changes the shape', () => {
  const base = notebookShape(notebook('1\n'));
  const edited = notebook('1\n');
  (edited.cells[1] as { source: string[] }).source = ['console.log(Date.now() + 1)'];
  assert.notEqual(notebookShape(edited), base);
  assert.notEqual(notebookShape(notebook('', [{ output_type: 'display_data', data: { 'image/svg+xml': '<svg/>' } }])), base);
  assert.notEqual(
    notebookShape(notebook('', [{ output_type: 'display_data', data: { 'image/svg+xml': '<svg/>' } }])),
    notebookShape(notebook('', [{ output_type: 'display_data', data: { 'text/plain': 'x' } }])),
  );
});

function generate(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'generate.ts'), ...args], { cwd: root, encoding: 'utf8' });
}

test('--check finds the committed README, error catalogue, results schema, exercise notebooks and diagrams current', () => {
  const run = generate('--check', '--only', 'readme,errors,results-schema,exercises,diagrams');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /every file is current/);
});

test('an unknown generator is a usage error listing the ones there are', () => {
  const run = generate('--only', 'readme,nope');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /unknown generator nope; there are readme, errors, results-schema, exercises, diagrams, notebooks/);
});
