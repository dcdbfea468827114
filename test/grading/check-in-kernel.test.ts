// The check cell in the real kernel: `await check(10)` tests what the answer cell's latest run
// defined, so after a failed run (a type error, a syntax error, a throw) it shows that error and
// awards nothing, instead of a stale pass; before any run it asks for one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runNotebook, type CellRunResult, type NotebookRunResult } from '../../src/notebook/run-notebook.js';
import { answerCode } from '../../src/grading/answer-code.js';
import { CHECK_IMPORT, checkCellCode } from '../../src/grading/check-cell-code.js';
import { loadExercises } from '../../src/grading/load-exercises.js';
import { TSLAB_METADATA, codeCell } from '../../src/grading/notebook-json.js';
import { answer, root, writeSubmission } from '../helpers/submissions.js';

const work = join(root, '.odibi', 'tmp', `check-in-kernel-${process.pid}`);
const [ex10] = loadExercises(root, { only: 10, hidden: false });
const solution = answerCode(ex10!.answer!, 10, 'solution');
const cells = [
  CHECK_IMPORT,
  checkCellCode(10),
  solution,
  checkCellCode(10),
  answer(10, 'function criticalPath(nodes: any[]): { path: string[]; durationMs: number } {\n  const late: number = "soon";\n  return { path: [], durationMs: late };\n}'),
  checkCellCode(10),
  answer(10, 'function criticalPath(nodes: any[] {'),
  checkCellCode(10),
  `${solution}\nthrow new Error('a stray throw after the function');`,
  checkCellCode(10),
  solution,
  checkCellCode(10),
  'const ex10Helper = (nodes: any[]) => ({ path: [], durationMs: 0 });',
  answer(10, 'function criticalPath(nodes: any[]): any { return ex10Helper(nodes); }'),
  checkCellCode(10),
  answer(10, 'function criticalPath(nodes: any[]): any { console.log("looking at", nodes.length, "nodes"); return { path: ["a"], durationMs: 5 }; }'),
  checkCellCode(10),
];
let result: NotebookRunResult;

before(async () => {
  const file = writeSubmission(work, 'stale.ipynb', { nbformat: 4, nbformat_minor: 4, metadata: { ...TSLAB_METADATA }, cells: cells.map((c) => codeCell(c, {})) });
  result = await runNotebook(file, { continueAfterError: true, timeoutMs: 120_000 });
});

after(() => rmSync(work, { recursive: true, force: true }));

function shown(index: number): string {
  const cell: CellRunResult = result.cells[index]!;
  return cell.outputs.map((o) => (o.output_type === 'display_data' ? String((o.data as Record<string, unknown>)['text/plain'] ?? '') : o.output_type === 'stream' ? String(o.text) : '')).join('');
}

test('every check cell ran (only the broken answer cells failed)', () => {
  const failed = result.cells.filter((c) => c.status !== 'ok').map((c) => c.index);
  assert.deepEqual(failed, [4, 6, 8], JSON.stringify(result.cells.map((c) => [c.index, c.status, c.error?.message.slice(0, 80)])));
});

test('before the answer cell ran, the check asks for it and awards nothing', () => {
  assert.match(shown(1), /^Exercise 10, public checks: 0 \/ 5 points/);
  assert.match(shown(1), /run the answer cell of exercise 10 first/);
});

test('a correct answer passes', () => {
  assert.match(shown(3), /^Exercise 10, public checks: 5 \/ 5 points, all cases pass/);
});

test('after a type error, a syntax error or a throw in the answer cell, the check shows that error, not the earlier pass', () => {
  assert.match(shown(5), /^Exercise 10, public checks: 0 \/ 5 points/);
  assert.match(shown(5), /latest run failed.*TypeScriptError: .*Type 'string' is not assignable to type 'number'/s);
  assert.match(shown(7), /^Exercise 10, public checks: 0 \/ 5 points/);
  assert.match(shown(7), /latest run failed.*TypeScriptError/s);
  assert.match(shown(9), /^Exercise 10, public checks: 0 \/ 5 points/);
  assert.match(shown(9), /latest run failed.*a stray throw after the function/s);
  assert.match(shown(11), /5 \/ 5 points, all cases pass/, 'running the fixed cell again passes again');
});

test('an answer that leans on another cell fails its check as it would fail the grader', () => {
  assert.equal(result.cells[13]!.status, 'ok', 'the kernel runs it');
  assert.match(shown(14), /0 \/ 5 points/);
  assert.match(shown(14), /Cannot find name 'ex10Helper'/);
});

test('a wrong answer shows expected and received for each public case, and what it printed', () => {
  assert.match(shown(16), /✘ the longest total duration wins, not the most nodes: expected \{"path": \["bulk", "merge"\], "durationMs": 52\}, received \{"path": \["a"\], "durationMs": 5\}/);
  assert.match(shown(16), /Printed while checked:\nlooking at 3 nodes/);
});
