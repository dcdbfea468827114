// The grader end to end, through the real kernel: five submissions graded at once
// (generated copies in an ignored folder, never a learner's file).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadExerciseSources, type ExerciseSource } from '../../src/grading/exercise-source.js';
import { loadChecks } from './support/load-checks.js';
import { runChecks } from '../../src/grading/run-checks.js';
import { answerCode, cellCode } from '../../src/grading/answer-code.js';
import { gradeNotebook, type GradeNotebookResult } from '../../src/grading/grade-notebook.js';
import { odibiMeta, serialiseNotebook, sourceLines, type NotebookJson } from '../../src/grading/notebook-json.js';
import { scoreTable } from '../../src/grading/score-table.js';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.odibi', 'tmp', `grading-test-${process.pid}`);
const sources = loadExerciseSources(root);
const STUBBED = 6;
const possible = new Map<number, number>();
const wrongEarned = new Map<number, number>();
const graded: Record<string, GradeNotebookResult> = {};
let untouchedHash = '';

function notebookWith(base: string, change: (ex: ExerciseSource, source: string) => string | null): NotebookJson {
  const nb = JSON.parse(readFileSync(join(root, base), 'utf8')) as NotebookJson;
  nb.cells = nb.cells.flatMap((cell) => {
    const meta = odibiMeta(cell);
    if (meta?.role !== 'answer') return [cell];
    const ex = sources.find((s) => s.number === meta.exercise)!;
    const replaced = change(ex, Array.isArray(cell.source) ? cell.source.join('') : cell.source);
    return replaced === null ? [] : [{ ...cell, source: sourceLines(replaced) }];
  });
  return nb;
}

/** An answer that imports from the library relative to its notebook (here the test's folder), as a learner may. */
function withImport(source: string): string {
  return `import { closestMatch } from '../../../src/text/closest-match.js';\nconst ex10Unused: string | undefined = closestMatch('a', ['a']);\n${source}`;
}

/** Exercise 1 does not compile, 2 is deleted, 3 loops forever, 4 throws after its answer, 5 kills the kernel when called. */
function broken(ex: ExerciseSource, source: string): string | null {
  if (ex.number === 1) return `function ${ex.entry}(nodes: any, run: any) {\n  return {{ ;\n}\n`;
  if (ex.number === 2) return null;
  if (ex.number === 3) return `function ${ex.entry}(runs: any): any {\n  while (true) {}\n}\n`;
  if (ex.number === 4) return `${source}\nthrow new Error('a stray throw at the end of the cell');\n`;
  if (ex.number === 5) return `function ${ex.entry}(nodes: any, seed: number): any {\n  process.exit(3);\n}\n`;
  return source;
}

before(async () => {
  mkdirSync(work, { recursive: true });
  for (const ex of sources) {
    const checks = await loadChecks(root, ex);
    possible.set(ex.number, checks.possible);
    const wrong = ((await import(join(root, ex.paths.wrong))) as Record<string, unknown>)[ex.entry];
    wrongEarned.set(ex.number, (await runChecks(ex.number, () => wrong, checks.publicCases, checks.hiddenCases)).earned);
  }
  const submissions: Record<string, NotebookJson> = {
    solutions: JSON.parse(readFileSync(join(root, 'solutions/solutions.ipynb'), 'utf8')),
    untouched: JSON.parse(readFileSync(join(root, 'exercises/exercises.ipynb'), 'utf8')),
    'one-stub': notebookWith('solutions/solutions.ipynb', (ex, s) => (ex.number === STUBBED ? answerCode(ex.answer, ex.number, 'stub') : ex.number === 10 ? withImport(s) : s)),
    wrong: notebookWith('solutions/solutions.ipynb', (ex) => cellCode(ex.wrong)),
    broken: notebookWith('solutions/solutions.ipynb', broken),
  };
  const grade = async ([name, nb]: [string, NotebookJson]) => {
    const file = join(work, `${name}.ipynb`);
    writeFileSync(file, serialiseNotebook(nb));
    if (name === 'untouched') untouchedHash = createHash('sha256').update(readFileSync(file)).digest('hex');
    const timeoutMs = name === 'broken' ? 30_000 : 120_000;
    graded[name] = await gradeNotebook(file, { root, reportDir: join(work, 'grades'), timeoutMs });
  };
  // Three kernels at a time (the longest run first), to leave the machine to other tests too.
  const queue = Object.entries(submissions).sort(([a], [b]) => Number(b === 'broken') - Number(a === 'broken'));
  await Promise.all([1, 2, 3].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await grade(next);
  }));
});

after(() => rmSync(work, { recursive: true, force: true }));

const total = () => [...possible.values()].reduce((a, b) => a + b, 0);
const grade = (name: string, exercise: number) => graded[name].report.exercises.find((e) => e.exercise === exercise)!;

test('the solutions score 100%', () => {
  const { report } = graded.solutions;
  assert.equal(report.possible, total(), scoreTable(report));
  assert.equal(report.earned, total(), scoreTable(report));
  assert.ok(report.exercises.every((e) => e.status === 'graded' && e.hidden.possible > 0));
});

test('the untouched exercises score 0, grading completes, and the submission is not modified', () => {
  const { report, jsonPath, htmlPath } = graded.untouched;
  assert.equal(report.earned, 0);
  assert.equal(report.exercises.length, sources.length);
  for (const e of report.exercises) {
    assert.equal(e.status, 'graded');
    assert.match(e.firstFailure ?? '', new RegExp(`not implemented: exercise ${e.exercise}`));
  }
  assert.ok(existsSync(jsonPath) && existsSync(htmlPath));
  assert.deepEqual(JSON.parse(readFileSync(jsonPath, 'utf8')), report);
  assert.equal(createHash('sha256').update(readFileSync(join(work, 'untouched.ipynb'))).digest('hex'), untouchedHash);
});

test('the solutions with one exercise put back to its stub lose exactly that exercise (and a relative import in an answer still works)', () => {
  const { report } = graded['one-stub'];
  assert.equal(report.earned, total() - possible.get(STUBBED)!, scoreTable(report));
  assert.equal(grade('one-stub', STUBBED).earned, 0);
});

test('every committed wrong answer scores below full marks, as it does in-process', () => {
  for (const ex of sources) {
    const e = grade('wrong', ex.number);
    assert.equal(e.status, 'graded', `exercise ${ex.number}: ${e.firstFailure}`);
    assert.ok(e.earned < e.possible, `exercise ${ex.number}: the wrong answer earned ${e.earned} of ${e.possible}`);
    assert.equal(e.earned, wrongEarned.get(ex.number), `exercise ${ex.number}: kernel and in-process scores differ`);
  }
});

test('a broken submission (syntax error, deleted cell, endless loop, throw, crashed kernel) still earns the other exercises, and the report says what broke', () => {
  const { report, htmlPath } = graded.broken;
  const lost = [1, 2, 3, 4, 5].reduce((sum, n) => sum + possible.get(n)!, 0);
  assert.equal(report.earned, total() - lost, scoreTable(report));
  assert.match(grade('broken', 1).answerError ?? '', /TypeScriptError|expected/);
  assert.equal(grade('broken', 2).status, 'missing');
  assert.match(grade('broken', 2).firstFailure ?? '', /cell deleted/);
  assert.equal(grade('broken', 3).status, 'timeout');
  assert.match(grade('broken', 4).answerError ?? '', /a stray throw/);
  assert.match(grade('broken', 5).firstFailure ?? '', /DeadKernelError/);
  assert.equal(graded.broken.executedPaths.length, 2, 'the exercises after the crash were graded in a second round');
  const table = scoreTable(report);
  assert.match(table, /cell deleted/);
  assert.match(table, /timed out/);
  assert.match(table, /exercise 1: /);
  assert.match(readFileSync(htmlPath, 'utf8'), /The answer cell failed/);
});
