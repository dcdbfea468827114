// The library never depends on the course's content: nothing under src/ imports from exercises/
// or solutions/ (the grader reads an exercise's files by path at run time), and every part of an
// exercise lives in its own folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|mts|mjs)$/.test(e.name) ? [join(dir, e.name)] : []));
}

test('no module under src/ imports anything from exercises/ or solutions/', () => {
  const offenders = sources(join(root, 'src')).filter((file) => /(from|import\(|require\()\s*['"][^'"]*\b(exercises|solutions)\//.test(readFileSync(file, 'utf8')));
  assert.deepEqual(offenders.map((f) => relative(root, f)), []);
});

test('each exercise folder holds its prompt, answer, harness, public and hidden cases and wrong answers; no hidden checks live elsewhere', () => {
  const base = join(root, 'exercises', 'src');
  for (const slug of readdirSync(base)) {
    for (const file of ['exercise.json', 'prompt.md', 'answer.ts', 'run.ts', 'checks.ts', 'hidden.ts', 'wrong-1.ts', 'wrong-2.ts']) {
      assert.ok(existsSync(join(base, slug, file)), `${slug}/${file}`);
    }
    assert.ok(!('points' in JSON.parse(readFileSync(join(base, slug, 'exercise.json'), 'utf8'))), `${slug}: points are computed from the cases, not declared`);
  }
  assert.ok(!existsSync(join(root, 'src', 'grading', 'hidden')));
});
