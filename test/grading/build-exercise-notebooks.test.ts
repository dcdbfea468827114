import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExerciseNotebooks } from '../../src/grading/build-exercise-notebooks.js';
import { serialiseNotebook, odibiMeta, cellText } from '../../src/grading/notebook-json.js';
import { loadExerciseSources } from '../../src/grading/exercise-source.js';

const root = resolve(import.meta.dirname, '../..');

test('the committed notebooks equal freshly generated ones (npm run generate -- --only exercises)', async () => {
  const { exercises, solutions } = buildExerciseNotebooks(root);
  assert.equal(readFileSync(join(root, 'exercises/exercises.ipynb'), 'utf8'), serialiseNotebook(exercises));
  assert.equal(readFileSync(join(root, 'solutions/solutions.ipynb'), 'utf8'), serialiseNotebook(solutions));
});

test('each exercise has a prompt, an answer cell and a check cell, marked in metadata, in that order', async () => {
  const { exercises } = buildExerciseNotebooks(root);
  assert.equal(exercises.metadata.kernelspec && (exercises.metadata.kernelspec as { name: string }).name, 'tslab');
  for (const ex of loadExerciseSources(root)) {
    const cells = exercises.cells.filter((c) => odibiMeta(c)?.exercise === ex.number);
    assert.deepEqual(cells.map((c) => odibiMeta(c)!.role), ['prompt', 'answer', 'check']);
    assert.deepEqual(cells.map((c) => c.cell_type), ['markdown', 'code', 'code']);
    assert.match(cellText(cells[1]), new RegExp(`throw new Error\\('not implemented: exercise ${ex.number}'\\)`));
    assert.doesNotMatch(cellText(cells[1]), /BEGIN SOLUTION|^export /m);
    assert.match(cellText(cells[2]), new RegExp(`runChecks\\(${ex.number}, `));
    assert.ok(cells.every((c) => !c.outputs || c.outputs.length === 0), 'no outputs are committed');
  }
});

test('the exercises notebook holds no solution code and no hidden checks', async () => {
  const { exercises } = buildExerciseNotebooks(root);
  const text = exercises.cells.map(cellText).join('\n');
  assert.doesNotMatch(text, /HiddenChecks/);
  for (const ex of loadExerciseSources(root)) {
    const lines = ex.answer.split('// BEGIN SOLUTION')[1].split('// END SOLUTION')[0].split('\n').map((l) => l.trim());
    const body = lines.reduce((a, b) => (b.length > a.length ? b : a), '');
    assert.ok(!text.includes(body), `exercise ${ex.number}'s solution line "${body}" leaked into the exercises`);
  }
});

test('top-level names do not collide between exercises (cells share one kernel)', () => {
  const seen = new Map<string, number>();
  for (const ex of loadExerciseSources(root)) {
    const names = [...`${ex.answer}\n${ex.checks}`.matchAll(/^export (?:async )?(?:function|const|interface|type|class|let) (\w+)/gm)].map((m) => m[1]);
    names.push(...[...ex.checks.matchAll(/^const (\w+)/gm)].map((m) => m[1]));
    for (const name of names) {
      assert.ok(!seen.has(name) || seen.get(name) === ex.number, `${name} is declared by exercises ${seen.get(name)} and ${ex.number}`);
      seen.set(name, ex.number);
    }
  }
});
