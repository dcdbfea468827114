import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNotebooks, NOTEBOOK_FOLDERS } from '../../../scripts/lib/find-notebooks.mjs';

test('finds the notebooks of the course folders, sorted, skipping checkpoints and other folders', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'odibi-notebooks-'));
  const files = ['notebooks/lesson.ipynb', 'notebooks/.ipynb_checkpoints/lesson-checkpoint.ipynb', 'exercises/exercises.ipynb',
    'exercises/src/notes.md', 'solutions/solutions.ipynb', 'test/fixtures/x.ipynb'];
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '{}');
  }
  try {
    assert.deepEqual(findNotebooks(root), ['exercises/exercises.ipynb', 'notebooks/lesson.ipynb', 'solutions/solutions.ipynb'].map((f) => path.join(...f.split('/'))));
    assert.deepEqual(findNotebooks(root, ['notebooks']), [path.join('notebooks', 'lesson.ipynb')]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the scripts find notebooks only through it', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  assert.deepEqual(NOTEBOOK_FOLDERS, ['notebooks', 'exercises', 'solutions']);
  for (const script of ['scripts/start.mjs', 'scripts/test.mjs', 'scripts/export-notebooks.ts', 'scripts/generate.ts']) {
    const text = fs.readFileSync(path.join(root, script), 'utf8');
    assert.match(text, /findNotebooks\(/, script);
    assert.doesNotMatch(text, /findFiles\([^)]*'\.ipynb'|endsWith\('\.ipynb'\)/, `${script} looks for notebooks by itself`);
  }
});
