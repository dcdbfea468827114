import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExerciseNotebooks } from '../../src/grading/build-exercise-notebooks.js';
import { serialiseNotebook, odibiMeta, cellText } from '../../src/grading/notebook-json.js';
import { loadExercises } from '../../src/grading/load-exercises.js';
import { CHECK_IMPORT } from '../../src/grading/check-cell-code.js';
import { answerMarker } from '../../src/grading/answer-code.js';

const root = resolve(import.meta.dirname, '../..');
const exercises = loadExercises(root);
const built = buildExerciseNotebooks(root, { exercises });

test('the committed notebooks equal freshly generated ones (npm run generate -- --only exercises)', () => {
  assert.equal(readFileSync(join(root, 'exercises/exercises.ipynb'), 'utf8'), serialiseNotebook(built.exercises));
  assert.equal(readFileSync(join(root, 'solutions/solutions.ipynb'), 'utf8'), serialiseNotebook(built.solutions));
});

test('the first code cell imports check; each exercise has a prompt, an answer cell and a one-line check cell, marked in metadata', () => {
  assert.equal((built.exercises.metadata.kernelspec as { name: string }).name, 'tslab');
  assert.ok(cellText(built.exercises.cells[1]!).endsWith(CHECK_IMPORT));
  for (const ex of exercises) {
    const cells = built.exercises.cells.filter((c) => odibiMeta(c)?.exercise === ex.number);
    assert.deepEqual(cells.map((c) => odibiMeta(c)!.role), ['prompt', 'answer', 'check']);
    assert.deepEqual(cells.map((c) => c.cell_type), ['markdown', 'code', 'code']);
    assert.ok(cellText(cells[1]!).startsWith(`${answerMarker(ex.number)}\n`));
    assert.match(cellText(cells[1]!), new RegExp(`throw new Error\\('not implemented: exercise ${ex.number}'\\)`));
    assert.doesNotMatch(cellText(cells[1]!), /BEGIN SOLUTION|^export /m);
    assert.equal(cellText(cells[2]!), `await check(${ex.number});`);
    assert.ok(cells.every((c) => !c.outputs || c.outputs.length === 0), 'no outputs are committed');
  }
});

test('the prompt gives the points computed from the cases; the table adds them up', () => {
  const intro = cellText(built.exercises.cells[0]!);
  for (const ex of exercises) {
    const points = ex.points.public + ex.points.hidden;
    assert.ok(intro.includes(`| ${ex.number} | ${ex.title} | `) && intro.includes(` | ${points} |`), `exercise ${ex.number} in the table`);
    assert.match(intro, new RegExp(`\\| ${ex.number} \\| [^|\\n]+ \\| [^|\\n]+ \\| ${points} \\|`));
    const prompt = built.exercises.cells.find((c) => odibiMeta(c)?.exercise === ex.number && odibiMeta(c)?.role === 'prompt')!;
    assert.match(cellText(prompt), new RegExp(`\\*${points} points;`));
  }
  const total = exercises.reduce((sum, ex) => sum + ex.points.public + ex.points.hidden, 0);
  assert.ok(intro.includes(`| | total | | ${total} |`));
});

test('the exercises notebook holds no solution code and no hidden case', () => {
  const text = built.exercises.cells.map(cellText).join('\n');
  for (const ex of exercises) {
    const lines = ex.answer!.split('// BEGIN SOLUTION')[1]!.split('// END SOLUTION')[0]!.split('\n').map((l) => l.trim());
    const body = lines.reduce((a, b) => (b.length > a.length ? b : a), '');
    assert.ok(!text.includes(body), `exercise ${ex.number}'s solution line "${body}" leaked into the exercises`);
    for (const c of ex.hiddenCases) assert.ok(!text.includes(c.name), `hidden case "${c.name}" appears in the notebook`);
  }
});

test('top-level names of the answer cells do not collide between exercises (cells share one kernel)', () => {
  const seen = new Map<string, number>();
  for (const ex of exercises) {
    const names = [...ex.answer!.matchAll(/^export (?:async )?(?:function|const|interface|type|class|let) (\w+)/gm)].map((m) => m[1]!);
    for (const name of names) {
      assert.ok(!seen.has(name) || seen.get(name) === ex.number, `${name} is declared by exercises ${seen.get(name)} and ${ex.number}`);
      seen.set(name, ex.number);
    }
  }
});

test('a release stamp goes into the notebooks\' metadata', () => {
  const { exercises: stamped } = buildExerciseNotebooks(root, { exercises, release: { course: '0.1.0', checks: 'abc' }, flavour: 'release' });
  assert.deepEqual((stamped.metadata.odibi as { release: unknown }).release, { course: '0.1.0', checks: 'abc' });
  assert.doesNotMatch(cellText(stamped.cells[0]!), /npm run grade/);
  assert.match(cellText(stamped.cells[0]!), /hand in/);
});
