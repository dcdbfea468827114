// The exercises docs cannot drift: their code is the generated code, their commands run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExerciseNotebooks } from '../../src/grading/build-exercise-notebooks.js';
import { cellText, odibiMeta } from '../../src/grading/notebook-json.js';

const root = resolve(import.meta.dirname, '../..');

test('the check cell shown in docs/exercises.md is exactly exercise 3\'s check cell', () => {
  const doc = readFileSync(join(root, 'docs/exercises.md'), 'utf8');
  const snippet = /```ts\n([\s\S]*?)```/.exec(doc)?.[1];
  assert.ok(snippet, 'docs/exercises.md has a ts block');
  const { exercises } = buildExerciseNotebooks(root);
  const check = exercises.cells.find((c) => odibiMeta(c)?.exercise === 3 && odibiMeta(c)?.role === 'check')!;
  assert.equal(cellText(check), snippet.trimEnd());
});

test('`npm run generate -- --check --only exercises` passes on the committed notebooks', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/generate.ts'), '--check', '--only', 'exercises'], { cwd: root, encoding: 'utf8' });
  assert.match(out, /every file is current/);
});

test('the README section names the commands and paths that exist', () => {
  const section = readFileSync(join(root, 'docs/readme/60-exercises.md'), 'utf8');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };
  assert.match(section, /npm run grade -- exercises\/exercises\.ipynb/);
  assert.match(pkg.scripts.grade, /src\/cli\/main\.ts grade$/);
  assert.ok(pkg.bin.odibi);
  for (const path of ['exercises/exercises.ipynb', 'solutions/solutions.ipynb', 'scripts/generate.ts', 'docs/exercises.md']) {
    assert.ok(section.includes(path), `${path} is not mentioned`);
    assert.ok(existsSync(join(root, path)), `${path} does not exist`);
  }
});
