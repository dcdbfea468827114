// The instructor's workflow end to end, with the commands of docs/instructors.md run in order:
// release the course, run the released course's own `npm test` (as a learner would), grade a
// class made from the released notebook into a gradebook (twice: the same gradebook), release the
// solutions. The released course's node_modules is hard-linked from this project's (the same
// lockfile); its set-up still checks it against the lockfile and the patches.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { answerCode, cellCode } from '../../src/grading/answer-code.js';
import type { Gradebook } from '../../src/grading/class/gradebook.js';
import { loadExercises } from '../../src/grading/load-exercises.js';
import { odibiMeta, serialiseNotebook, sourceLines, type NotebookJson } from '../../src/grading/notebook-json.js';
import { root } from '../helpers/submissions.js';

const work = join(root, '.odibi', 'tmp', `instructor-${process.pid}`);
const here = join(work, 'project');
const klass = join(work, 'class-2025');
const exercises = loadExercises(root);
const total = exercises.reduce((sum, ex) => sum + ex.points.public + ex.points.hidden, 0);
const commands = [...readFileSync(join(root, 'docs', 'instructors.md'), 'utf8').matchAll(/^```sh\n([\s\S]*?)^```$/gm)]
  .flatMap((m) => m[1]!.split('\n').filter((line) => line.startsWith('npx odibi ')).map((line) => line.slice('npx odibi '.length).split(/\s+/)));

async function odibi(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd: here });
  return { code, out, err };
}

/** The released notebook with each answer cell replaced (null keeps it). */
function fromRelease(change: (exercise: number) => string | null, stamp?: object): string {
  const nb = JSON.parse(readFileSync(join(klass, 'course', 'exercises', 'exercises.ipynb'), 'utf8')) as NotebookJson;
  nb.cells = nb.cells.map((cell) => {
    const meta = odibiMeta(cell);
    const code = meta?.role === 'answer' ? change(meta.exercise) : null;
    return code === null ? cell : { ...cell, source: sourceLines(code) };
  });
  if (stamp) nb.metadata = { ...nb.metadata, odibi: { release: stamp } };
  return serialiseNotebook(nb);
}

let graded: { code: number; out: string; err: string };
let book: Gradebook;

before(async () => {
  mkdirSync(here, { recursive: true });
  mkdirSync(klass, { recursive: true });
});
after(() => rmSync(work, { recursive: true, force: true }));

test('docs/instructors.md shows the three commands: release, grade the class, release the solutions', () => {
  assert.deepEqual(commands.map((c) => c.slice(0, 2).join(' ')), ['course release', 'grade ../class-2025/submissions', 'course release']);
});

test('1. the course is released into an empty folder', async () => {
  const { code, out } = await odibi(commands[0]!);
  assert.equal(code, 0, out);
  assert.match(out, /Released the course .* to \.\.\/class-2025\/course: \d+ files/);
  assert.ok(existsSync(join(klass, 'course', 'exercises', 'exercises.ipynb')));
});

test("2. the released course's own npm test passes: the environment check, the two lessons and the exercises notebook", () => {
  const course = join(klass, 'course');
  assert.equal(spawnSync('cp', ['-al', join(root, 'node_modules'), join(course, 'node_modules')]).status, 0);
  const run = spawnSync('npm', ['test'], { cwd: course, encoding: 'utf8', timeout: 900_000, env: { ...process.env, npm_config_yes: 'true' } });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /notebooks {2}4 passed, 0 failed/);
  assert.match(run.stdout, /ok {3}exercises\/exercises\.ipynb/);
});

test('3. a class of eight files is graded into a gradebook, each with its status', async () => {
  const subs = join(klass, 'submissions');
  mkdirSync(join(subs, 'late'), { recursive: true });
  const solution = (n: number) => answerCode(exercises.find((e) => e.number === n)!.answer!, n, 'solution');
  const wrong = (n: number) => `${answerCode('', n, 'stub').split('\n')[0]}\n${cellCode(exercises.find((e) => e.number === n)!.wrongAnswers[0]!.source)}`;
  writeFileSync(join(subs, 'ana.ipynb'), fromRelease(solution));
  writeFileSync(join(subs, 'bo.ipynb'), fromRelease(() => null));
  writeFileSync(join(subs, 'late', 'bo-again.ipynb'), fromRelease(() => null));
  writeFileSync(join(subs, 'cy.ipynb'), fromRelease(wrong));
  writeFileSync(join(subs, 'dee.ipynb'), fromRelease(solution, { course: '0.0.1', checks: '0000000000000000' }));
  writeFileSync(join(subs, 'eve.ipynb'), fromRelease((n) => (n === 4 ? `${solution(4)}\nwhile (true) {}` : solution(n))));
  writeFileSync(join(subs, 'fay.ipynb'), '{"cells": "not a list"}');
  writeFileSync(join(subs, 'notes.txt'), 'I could not finish exercise 6.');
  writeFileSync(join(klass, 'ids.csv'), 'file,id\nsubmissions/ana.ipynb,a.silva\nsubmissions/bo.ipynb,b.ng\nsubmissions/late/bo-again.ipynb,b.ng\n');
  graded = await odibi(commands[1]!);
  assert.equal(graded.code, 0, graded.err);
  assert.match(graded.out, /^Graded 8 submissions: /);
  book = JSON.parse(readFileSync(join(klass, 'grades', 'gradebook.json'), 'utf8')) as Gradebook;
  const row = (file: string) => book.rows.find((r) => r.file.endsWith(file))!;
  assert.deepEqual(book.rows.map((r) => [r.learner, r.status]), [
    ['a.silva', 'graded'], ['b.ng', 'duplicate-id'], ['b.ng', 'duplicate-id'], ['cy', 'graded'], ['dee', 'other-release'], ['eve', 'graded'], ['fay', 'unreadable'], ['notes', 'not-a-notebook'],
  ]);
  assert.equal(row('ana.ipynb').total, total);
  assert.equal(row('bo.ipynb').total, 0);
  assert.ok(row('cy.ipynb').total > 0 && row('cy.ipynb').total < total);
  assert.equal(row('dee.ipynb').total, total);
  assert.match(row('dee.ipynb').problems[0]!, /made against release 0\.0\.1/);
  assert.equal(row('eve.ipynb').exerciseStatus['4'], 'timeout');
  assert.equal(row('eve.ipynb').total, total - exercises.find((e) => e.number === 4)!.points.public - exercises.find((e) => e.number === 4)!.points.hidden);
  assert.match(row('fay.ipynb').problems[0]!, /not a notebook \(it has no list of cells\)/);
  assert.ok(row('late/bo-again.ipynb').problems.some((p) => /also given to .*bo\.ipynb/.test(p)));
  assert.match(readFileSync(join(klass, 'grades', 'gradebook.csv'), 'utf8'), /^learner,file,status,total,possible,exercise 1,/);
});

test('4. one feedback page per graded learner, with hidden cases only as passed or not; a class summary with a histogram', () => {
  for (const page of ['a.silva.html', 'b.ng.html', 'b.ng-2.html', 'cy.html', 'dee.html', 'eve.html']) assert.ok(existsSync(join(klass, 'grades', 'feedback', page)), page);
  const feedback = readFileSync(join(klass, 'grades', 'feedback', 'cy.html'), 'utf8');
  assert.match(feedback, /<em>\(hidden\)<\/em>/);
  for (const ex of exercises) {
    for (const c of ex.hiddenCases) {
      const expected = JSON.stringify(c.expected);
      if (expected.length > 12) assert.ok(!feedback.includes(expected), `the hidden expected value of "${c.name}" is on a feedback page`);
    }
  }
  const summary = readFileSync(join(klass, 'grades', 'index.html'), 'utf8');
  assert.match(summary, /<svg/);
  assert.match(summary, /Hints shown most often/);
  assert.match(summary, /Pass rate per exercise and case/);
});

test('5. grading the same folder again writes the same gradebook', async () => {
  const before = ['gradebook.csv', 'gradebook.json', 'index.html'].map((f) => readFileSync(join(klass, 'grades', f), 'utf8'));
  const again = await odibi(commands[1]!);
  assert.equal(again.code, 0, again.err);
  assert.deepEqual(['gradebook.csv', 'gradebook.json', 'index.html'].map((f) => readFileSync(join(klass, 'grades', f), 'utf8')), before);
});

test('6. the solutions are released after the deadline', async () => {
  const { code, out } = await odibi(commands[2]!);
  assert.equal(code, 0, out);
  assert.ok(existsSync(join(klass, 'course', 'solutions', 'solutions.ipynb')));
});
