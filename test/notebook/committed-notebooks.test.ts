// Every notebook in the repository (tracked, or new and not ignored) must be
// clean: no error output, no absolute path of a machine, no access token. The
// notebooks of notebooks/ show every output in full, never in a scroll box.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { notebookProblems } from '../../scripts/lib/notebook-hygiene.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '*.ipynb'], { cwd: root, encoding: 'utf8' });
const notebooks = listed.split('\0').filter((file) => file !== '' && fs.existsSync(path.join(root, file)));

test('the repository has notebooks to check', () => {
  assert.ok(notebooks.includes('notebooks/00-environment-check.ipynb'), `found: ${notebooks.join(', ')}`);
});

for (const file of notebooks) {
  test(`${file} has no error output, absolute path or token`, () => {
    const notebook = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as { cells?: unknown[]; metadata?: unknown };
    assert.deepEqual(notebookProblems(notebook), []);
  });
}

for (const file of notebooks.filter((f) => f.startsWith('notebooks/'))) {
  test(`${file} keeps every output out of Notebook's scroll box (each code cell has scrolled: false)`, () => {
    const notebook = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as { cells: { cell_type: string; metadata?: { scrolled?: unknown } }[] };
    const scrolling = notebook.cells.flatMap((cell, i) => (cell.cell_type === 'code' && cell.metadata?.scrolled !== false ? [`cell ${i + 1}`] : []));
    assert.deepEqual(scrolling, [], 'run `npm run generate -- --only notebooks`, which marks every code cell');
  });
}

test('the checker finds each kind of problem', () => {
  const bad = {
    cells: [
      { cell_type: 'code', source: 'x', outputs: [{ output_type: 'error', ename: 'TypeError', evalue: 'boom', traceback: [] }] },
      { cell_type: 'code', source: "import '/home/ana/project/src/index.js'", outputs: [] },
      { cell_type: 'markdown', source: 'open http://127.0.0.1:8888/tree?token=0123456789abcdef0123' },
    ],
    metadata: {},
  };
  const problems = notebookProblems(bad);
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems[0], /cell 1: an error output \(TypeError: boom\)/);
  assert.match(problems[1], /cell 2: an absolute path \(\/home\/ana/);
  assert.match(problems[2], /cell 3: .*token/);
});
