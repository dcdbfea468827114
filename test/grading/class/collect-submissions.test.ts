import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectSubmissions } from '../../../src/grading/class/collect-submissions.js';
import { OdibiError } from '../../../src/errors.js';

const work = join(import.meta.dirname, '..', '..', '..', '.odibi', 'tmp', `collect-${process.pid}`);
after(() => rmSync(work, { recursive: true, force: true }));
for (const file of ['class/ana.ipynb', 'class/late/bo.ipynb', 'class/notes.txt', 'class/.DS_Store', 'class/.ipynb_checkpoints/ana-checkpoint.ipynb', 'extra/cy.ipynb']) {
  mkdirSync(join(work, file, '..'), { recursive: true });
  writeFileSync(join(work, file), '{}');
}

test('every file of the folders given (recursively, hidden ones left out) and the files given, sorted, each with a learner id', () => {
  const found = collectSubmissions(['class', 'extra/cy.ipynb', 'class/ana.ipynb'], { cwd: work });
  assert.deepEqual(found.map((s) => [s.label, s.learner]), [['class/ana.ipynb', 'ana'], ['class/late/bo.ipynb', 'bo'], ['class/notes.txt', 'notes'], ['extra/cy.ipynb', 'cy']]);
  assert.ok(found.every((s) => s.file.startsWith(work)));
});

test('ids from the CSV, by path from the CSV\'s folder or by file name; a missing input is a usage error', () => {
  const ids = new Map([['class/late/bo.ipynb', 'b.ng'], ['cy.ipynb', 'c.yu']]);
  const found = collectSubmissions(['class/late', 'extra'], { cwd: work, ids, idsBase: work });
  assert.deepEqual(found.map((s) => s.learner), ['b.ng', 'c.yu']);
  assert.throws(() => collectSubmissions(['nowhere'], { cwd: work }), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /nowhere does not exist/.test(e.message));
});
