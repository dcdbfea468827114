// Every exercise checked in-process against its solution, its stub and its committed wrong answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadExercises } from '../../src/grading/load-exercises.js';
import { answerModule } from '../../src/grading/answer-code.js';
import { buildExerciseNotebooks } from '../../src/grading/build-exercise-notebooks.js';
import { loadExerciseModule } from '../../src/grading/load-exercise-module.js';
import { earned, gradeInProcess, importAnswer } from '../helpers/grade-in-process.js';

const root = resolve(import.meta.dirname, '../..');
const exercises = loadExercises(root);

test('there are at least 8 exercises and together they exercise all eight objectives', () => {
  assert.ok(exercises.length >= 8, `${exercises.length} exercises`);
  const covered = new Set(exercises.flatMap((s) => s.objectives));
  for (let objective = 1; objective <= 8; objective++) assert.ok(covered.has(objective), `objective ${objective} is not exercised`);
  // Numbered 1..N, each once, in order.
  assert.deepEqual(exercises.map((s) => s.number), exercises.map((_, i) => i + 1));
});

test('at least 8 exercises run the learner\'s work through Pipeline.run or PipelineManager.run, and every objective has two or more', () => {
  const orchestrating = exercises.filter((ex) => /practicePipeline|PipelineManager|new Pipeline\(/.test(readFileSync(join(ex.dir, 'run.ts'), 'utf8')));
  assert.ok(orchestrating.length >= 8, `${orchestrating.length} exercises run pipelines: ${orchestrating.map((ex) => ex.number).join(', ')}`);
  for (let objective = 1; objective <= 8; objective++) {
    const practising = exercises.filter((ex) => ex.objectives.includes(objective)).map((ex) => ex.number);
    assert.ok(practising.length >= 2, `objective ${objective} is practised only by ${practising.join(', ') || 'none'}`);
  }
});

test('the overview table of the exercises notebook shows what each exercise practises', () => {
  const intro = buildExerciseNotebooks(root, { exercises }).exercises.cells[0]!.source;
  const text = Array.isArray(intro) ? intro.join('') : intro;
  assert.match(text, /\| exercise \| topic \| practises \| points \|/);
  assert.match(text, /\| 20 \| [^|]+ \| the context, the graph \| \d+ \|/);
});

test('in the solutions notebook every solution ends with its explanation, after its check cell', () => {
  const cells = buildExerciseNotebooks(root, { exercises }).solutions.cells;
  for (const ex of exercises) {
    const at = cells.findIndex((c) => (c.metadata as { odibi?: { exercise?: number; role?: string } }).odibi?.exercise === ex.number && (c.metadata as { odibi?: { role?: string } }).odibi?.role === 'check');
    const next = cells[at + 1]!;
    assert.equal((next.metadata as { odibi?: { role?: string } }).odibi?.role, 'explanation', `exercise ${ex.number}`);
  }
});

/** Runs an exercise's harness on each of its prediction cases with `answer`. */
async function predictionOutputs(ex: (typeof exercises)[number], answer: unknown) {
  const run = loadExerciseModule(join(ex.dir, 'run.ts'), root).run as (answer: unknown, input: unknown, context: { dir: string }) => Promise<unknown>;
  const cases = [...ex.publicCases, ...ex.hiddenCases].filter((c) => (c as { comparesRun?: boolean }).comparesRun);
  return Promise.all(cases.map(async (c) => ({ c, output: (await run(answer, JSON.parse(JSON.stringify(c.input)), { dir: mkdtempSync(join(tmpdir(), 'odibi-prediction-')) })) as { predicted?: unknown; actual?: unknown } })));
}

test('at least three exercises ask for a prediction that the check compares with a real run', () => {
  const predicting = exercises.filter((ex) => [...ex.publicCases, ...ex.hiddenCases].some((c) => (c as { comparesRun?: boolean }).comparesRun));
  assert.ok(predicting.length >= 3, `${predicting.map((ex) => ex.number).join(', ')}`);
});

for (const number of [14, 19, 20]) {
  test(`exercise ${number}: an empty prediction shows "write your prediction", never an error`, async () => {
    const ex = exercises.find((e) => e.number === number)!;
    const results = await gradeInProcess(ex, () => undefined);
    const shown = results.filter((r) => r.visibility === 'public').map((r) => r.received ?? '');
    assert.ok(shown.length > 0 && shown.every((text) => text.includes('write your prediction') && !text.includes('threw')), shown.join('\n'));
    assert.equal(earned(results), 0);
  });
}

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

  test(`exercise ${ex.number}: the solution ends with an explanation: the idea, every committed wrong answer, and where the library does it`, () => {
    const text = ex.explanation ?? '';
    for (const part of ['**The idea.**', '**The common wrong answers.**', '**Where the library does it.**']) assert.ok(text.includes(part), `explanation.md lacks ${part}`);
    for (const wrong of ex.wrongAnswers) assert.ok(text.includes(wrong.file), `explanation.md does not say why ${wrong.file} fails`);
    const where = text.slice(text.indexOf('**Where the library does it.**'));
    const files = [...where.matchAll(/`(src\/[\w/-]+\.ts)`/g)].map((m) => m[1]!);
    assert.ok(files.length > 0, 'it names no library file');
    for (const file of files) assert.ok(existsSync(join(root, file)), `${file} does not exist`);
    const names = [...where.matchAll(/`([A-Za-z][\w]*)(?:\.[#\w]+)?`/g)].map((m) => m[1]!).filter((name) => !/\.ts$/.test(name));
    assert.ok(names.some((name) => files.some((file) => readFileSync(join(root, file), 'utf8').includes(name))), `none of ${names.join(', ')} is in ${files.join(', ')}`);
  });

  if ([...ex.publicCases, ...ex.hiddenCases].some((c) => (c as { comparesRun?: boolean }).comparesRun)) {
    test(`exercise ${ex.number}: what each prediction case expects is what the real run gives`, async () => {
      const solution = await importAnswer(answerModule(ex.answer!, ex.number, 'solution'), ex.entry, `${ex.slug}-solution-runs`);
      for (const { c, output } of await predictionOutputs(ex, solution)) assert.deepEqual(output.actual, c.expected, c.name);
    });
  }
}
