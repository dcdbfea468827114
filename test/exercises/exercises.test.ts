// Every exercise checked in-process against its solution, its stub and its committed wrong answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { loadExercises } from '../../src/grading/load-exercises.js';
import { answerModule } from '../../src/grading/answer-code.js';
import { earned, gradeInProcess, importAnswer } from '../helpers/grade-in-process.js';

const root = resolve(import.meta.dirname, '../..');
const exercises = loadExercises(root);

test('there are at least 8 exercises and together they exercise all eight objectives', () => {
  assert.ok(exercises.length >= 8, `${exercises.length} exercises`);
  const covered = new Set(exercises.flatMap((s) => s.objectives));
  for (let objective = 1; objective <= 8; objective++) assert.ok(covered.has(objective), `objective ${objective} is not exercised`);
  // Numbered from 1, each once, in order; a range may be left for exercises written elsewhere at the same time.
  const numbers = exercises.map((s) => s.number);
  assert.equal(numbers[0], 1);
  assert.ok(numbers.every((n, i) => i === 0 || n > numbers[i - 1]!), numbers.join(', '));
});

for (const ex of exercises) {
  const possible = ex.points.public + ex.points.hidden;

  test(`exercise ${ex.number}: its home has every part, and its cases' inputs are plain JSON`, () => {
    assert.ok(ex.answer?.includes('// BEGIN SOLUTION'), 'answer.ts with markers');
    assert.ok(ex.publicCases.length >= 3 && ex.hiddenCases.length >= 2, `${ex.publicCases.length} public, ${ex.hiddenCases.length} hidden cases`);
    assert.ok(ex.wrongAnswers.length >= 2, `${ex.wrongAnswers.length} wrong answers`);
    for (const c of [...ex.publicCases, ...ex.hiddenCases]) assert.deepEqual(JSON.parse(JSON.stringify(c.input)), c.input, `${c.name}: its input does not survive JSON`);
    const names = [...ex.publicCases, ...ex.hiddenCases].map((c) => c.name);
    assert.equal(new Set(names).size, names.length, 'case names are unique');
  });

  test(`exercise ${ex.number}: the solution earns every point, public and hidden`, async () => {
    const solution = await importAnswer(answerModule(ex.answer!, ex.number, 'solution'), ex.entry, `${ex.slug}-solution`);
    const results = await gradeInProcess(ex, solution);
    assert.deepEqual(results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.hint}`), []);
    assert.equal(earned(results), possible);
  });

  test(`exercise ${ex.number}: the stub fails loudly and scores 0`, async () => {
    const stub = await importAnswer(answerModule(ex.answer!, ex.number, 'stub'), ex.entry, `${ex.slug}-stub`);
    const results = await gradeInProcess(ex, stub);
    assert.equal(earned(results), 0);
    assert.ok(results.filter((r) => r.visibility === 'public').every((r) => r.received?.includes(`not implemented: exercise ${ex.number}`)), 'every public case shows the stub error');
  });

  for (const wrong of ex.wrongAnswers) {
    test(`exercise ${ex.number}: the committed wrong answer ${wrong.file} scores below full marks`, async () => {
      const answer = await importAnswer(wrong.source, ex.entry, `${ex.slug}-${wrong.file.replace(/\.ts$/, '')}`);
      const results = await gradeInProcess(ex, answer);
      assert.ok(earned(results) < possible, `${wrong.file} earned ${earned(results)} of ${possible}`);
    });
  }

  test(`exercise ${ex.number}: a hidden case catches a shortcut that passes every public case`, async () => {
    const caught: string[] = [];
    for (const wrong of ex.wrongAnswers) {
      const results = await gradeInProcess(ex, await importAnswer(wrong.source, ex.entry, `${ex.slug}-${wrong.file.replace(/\.ts$/, '')}`));
      const publicPass = results.filter((r) => r.visibility === 'public').every((r) => r.passed);
      if (publicPass && results.some((r) => r.visibility === 'hidden' && !r.passed)) caught.push(wrong.file);
    }
    assert.ok(caught.length > 0, `no committed wrong answer of exercise ${ex.number} passes the public cases and is caught by a hidden one`);
  });
}
