// The grader end to end on generated submissions (copies in an ignored folder, never a
// learner's file): the solutions, the untouched exercises, every committed wrong answer,
// broken answers and damaged notebooks. Each exercise runs in its own sandboxed process.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadExercises } from '../../src/grading/load-exercises.js';
import { gradeNotebook, type GradeNotebookResult } from '../../src/grading/grade-notebook.js';
import { cellCode } from '../../src/grading/answer-code.js';
import { scoreTable } from '../../src/grading/score-table.js';
import type { NotebookJson } from '../../src/grading/notebook-json.js';
import { earned, gradeInProcess, importAnswer } from '../helpers/grade-in-process.js';
import { answer, notebookFrom, root, writeSubmission } from '../helpers/submissions.js';

const work = join(root, '.odibi', 'tmp', `grade-notebook-${process.pid}`);
const exercises = loadExercises(root);
const total = exercises.reduce((sum, ex) => sum + ex.points.public + ex.points.hidden, 0);
const possible = (n: number) => exercises.find((ex) => ex.number === n)!.points;
const full = (n: number) => possible(n).public + possible(n).hidden;
const wrongCount = Math.max(...exercises.map((ex) => ex.wrongAnswers.length));
const inProcess = new Map<string, number>();
const graded: Record<string, GradeNotebookResult> = {};
let untouchedHash = '';

/** Broken answers: a syntax error, a type error, no answer at all, a stray throw after the answer, an exit when called, a file import, the wrong function name. */
const brokenAnswers: Record<number, string> = {
  1: answer(1, 'function executePipeline(nodes: any, run: any) {\n  return {{ ;\n}\n'),
  2: answer(2, 'function findLayers(nodes: any[]): string[][] {\n  const n: number = "one";\n  return [];\n}\n'),
  3: '',
  6: answer(6, 'function runPipelinez(): any { return {}; }'),
  9: answer(9, "async function retryWithBackoff(): Promise<any> { process.exit(3); }"),
  10: answer(10, "import { closestMatch } from '../src/text/closest-match.js';\nfunction criticalPath(): any { return closestMatch('a', ['a']); }"),
};

/** A damaged notebook: a null cell, a null source, a duplicated answer, lost metadata, a deleted answer cell, an answer for no exercise. */
function damaged(): NotebookJson {
  const nb = notebookFrom('solutions', (n, source) => (n === 8 ? null : source));
  const cells = nb.cells as unknown[];
  const at = (n: number) => cells.findIndex((c) => (c as { metadata?: { odibi?: { exercise: number; role: string } } }).metadata?.odibi?.exercise === n && (c as { metadata: { odibi: { role: string } } }).metadata.odibi.role === 'answer');
  (cells[at(2)] as { source: unknown }).source = null;
  const wrong3 = exercises.find((ex) => ex.number === 3)!.wrongAnswers[0]!;
  cells.splice(at(3), 0, { ...(cells[at(3)] as object), source: answer(3, cellCode(wrong3.source)) });
  (cells[at(5)] as { metadata: unknown }).metadata = {};
  cells.splice(4, 0, null);
  cells.push({ cell_type: 'code', metadata: { odibi: { exercise: 99, role: 'answer' } }, source: 'const x = 1;', outputs: [], execution_count: null });
  return nb;
}

before(async () => {
  for (const ex of exercises) {
    for (const [i, wrong] of ex.wrongAnswers.entries()) {
      inProcess.set(`${ex.number}:${i + 1}`, earned(await gradeInProcess(ex, await importAnswer(wrong.source, ex.entry, `${ex.slug}-${wrong.file.replace(/\.ts$/, '')}-nb`))));
    }
  }
  const submissions: Record<string, NotebookJson> = {
    solutions: notebookFrom('solutions'),
    untouched: notebookFrom('exercises'),
    broken: notebookFrom('solutions', (n, source) => brokenAnswers[n] ?? source),
    damaged: damaged(),
  };
  for (let k = 1; k <= wrongCount; k++) {
    submissions[`wrong-${k}`] = notebookFrom('solutions', (n, source) => {
      const wrong = exercises.find((ex) => ex.number === n)!.wrongAnswers[k - 1];
      return wrong ? answer(n, cellCode(wrong.source)) : source;
    });
  }
  for (const [name, nb] of Object.entries(submissions)) {
    const file = writeSubmission(work, `${name}.ipynb`, nb);
    if (name === 'untouched') untouchedHash = createHash('sha256').update(readFileSync(file)).digest('hex');
    graded[name] = await gradeNotebook(file, { root, reportDir: join(work, 'grades'), exercises, limits: { timeMs: 8000 } });
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

const grade = (name: string, exercise: number) => graded[name]!.report.exercises.find((e) => e.exercise === exercise)!;

test('the solutions score full marks, hidden cases included', () => {
  const { report } = graded.solutions!;
  assert.equal(report.possible, total, scoreTable(report));
  assert.equal(report.earned, total, scoreTable(report));
  assert.ok(report.exercises.every((e) => e.status === 'graded' && e.hidden.possible > 0 && e.hidden.earned === e.hidden.possible));
  assert.deepEqual(report.notes, []);
});

test('the untouched exercises score 0 with "not answered yet", the reports are written, and the submission is not modified', () => {
  const { report, jsonPath, htmlPath } = graded.untouched!;
  assert.equal(report.earned, 0);
  assert.equal(report.exercises.length, exercises.length);
  for (const e of report.exercises) {
    assert.equal(e.status, 'graded');
    assert.match(e.firstFailure ?? '', new RegExp(`not answered yet: the stub still throws "not implemented: exercise ${e.exercise}"`));
  }
  assert.ok(existsSync(jsonPath) && existsSync(htmlPath));
  assert.deepEqual(JSON.parse(readFileSync(jsonPath, 'utf8')), report);
  assert.equal(createHash('sha256').update(readFileSync(join(work, 'untouched.ipynb'))).digest('hex'), untouchedHash);
});

test('every committed wrong answer scores below full marks in the sandbox, exactly as it scores in-process', () => {
  for (const ex of exercises) {
    for (const [i] of ex.wrongAnswers.entries()) {
      const e = grade(`wrong-${i + 1}`, ex.number);
      assert.equal(e.status, 'graded', `exercise ${ex.number}, ${ex.wrongAnswers[i]!.file}: ${e.firstFailure}`);
      assert.ok(e.earned < e.possible, `exercise ${ex.number}, ${ex.wrongAnswers[i]!.file}: earned ${e.earned} of ${e.possible}`);
      assert.equal(e.earned, inProcess.get(`${ex.number}:${i + 1}`), `exercise ${ex.number}, ${ex.wrongAnswers[i]!.file}: sandbox and in-process scores differ`);
    }
  }
});

test('an exercise-2 answer that sorts each layer alphabetically loses points, public and hidden', () => {
  const k = exercises.find((ex) => ex.number === 2)!.wrongAnswers.findIndex((w) => /sorted by name/.test(w.source)) + 1;
  assert.ok(k > 0, 'the alphabetical answer is committed');
  const e = grade(`wrong-${k}`, 2);
  assert.ok(e.public.earned < e.public.possible && e.hidden.earned < e.hidden.possible, JSON.stringify(e.cases.filter((c) => !c.passed).map((c) => c.name)));
});

test('broken answers cost only their own exercise, and the report says what broke', () => {
  const { report } = graded.broken!;
  const lost = Object.keys(brokenAnswers).reduce((sum, n) => sum + full(Number(n)), 0);
  assert.equal(report.earned, total - lost, scoreTable(report));
  assert.match(grade('broken', 1).answerError ?? '', /^TypeScriptError: /);
  assert.match(grade('broken', 2).answerError ?? '', /TypeScriptError: 3:9 - Type 'string' is not assignable to type 'number'/);
  assert.match(grade('broken', 3).answerError ?? '', /does not define the function summariseRuns/);
  assert.match(grade('broken', 6).answerError ?? '', /does not define the function runPipelines \(it is undefined\)/);
  assert.match(grade('broken', 9).firstFailure ?? '', /process\.exit\(\) is not allowed while grading/);
  assert.match(grade('broken', 10).answerError ?? '', /Cannot find module '\.\.\/src\/text\/closest-match\.js'/);
  for (const n of [1, 2, 3, 6, 10]) assert.equal(grade('broken', n).status, 'error');
  const table = scoreTable(report);
  assert.match(table, /Answer cells that failed to run:/);
  assert.match(readFileSync(graded.broken!.htmlPath, 'utf8'), /does not define the function summariseRuns/);
});

test('a damaged notebook (null cell, null source, duplicate, lost metadata, deleted cell, unknown exercise) is graded, with notes', () => {
  const { report } = graded.damaged!;
  assert.equal(report.earned, total - full(2) - full(8), scoreTable(report));
  assert.equal(grade('damaged', 2).status, 'error');
  assert.equal(grade('damaged', 3).earned, full(3), 'the last of two copies is graded');
  assert.equal(grade('damaged', 5).earned, full(5), 'found by its first line');
  assert.equal(grade('damaged', 8).status, 'missing');
  assert.match(grade('damaged', 8).firstFailure ?? '', /^cell deleted/);
  for (const note of [/is null, not a cell: skipped/, /has no source: read as empty/, /exercise 3: 2 answer cells; the last one was graded/, /exercise 5: the answer cell has lost its metadata/, /exercise 99, which does not exist/]) {
    assert.ok(report.notes.some((n) => note.test(n)), `no note ${note}: ${report.notes.join(' | ')}`);
  }
});
