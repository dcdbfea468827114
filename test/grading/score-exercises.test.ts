import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreExercises, type ExecutedCell } from '../../src/grading/score-exercises.js';
import { scoreTable } from '../../src/grading/score-table.js';
import { gradeReportHtml } from '../../src/grading/grade-report-html.js';
import type { ExerciseReport } from '../../src/grading/check-case.js';

const points = [1, 2, 3, 4].map((n) => ({ number: n, title: `Exercise ${n}`, publicPoints: 2, hiddenPoints: 1 }));
const plan = [{ exercise: 1, answerCell: 0, gradingCell: 1 }, { exercise: 2 }, { exercise: 3, answerCell: 2, gradingCell: 3 }, { exercise: 4, answerCell: 4, gradingCell: 5 }];
const report: ExerciseReport = {
  exercise: 1, earned: 2, possible: 3,
  cases: [
    { name: 'a', visibility: 'public', passed: true, points: 2, earned: 2, expected: '1', received: '1' },
    { name: 'b', visibility: 'hidden', passed: false, points: 1, earned: 0, expected: '[1]', received: '[]', hint: 'h' },
  ],
};
const stdout = (text: string) => ({ output_type: 'stream', name: 'stdout', text });
const cells: ExecutedCell[] = [
  { index: 0, status: 'ok', outputs: [] },
  { index: 1, status: 'ok', outputs: [stdout('noise\nODIBI-GRADE:fake:{"earned":99}\n'), stdout(`ODIBI-GRADE:tok:${JSON.stringify(report)}\n`)] },
  { index: 2, status: 'timeout', error: { name: 'CellTimeoutError', message: 'too slow' }, outputs: [] },
  { index: 3, status: 'notRun', outputs: [] },
  { index: 4, status: 'error', error: { name: 'SyntaxError', message: 'Unexpected token\nat line 3' }, outputs: [] },
  { index: 5, status: 'ok', outputs: [stdout('printed but no result\n')] },
];

test('results are read from the line with this run\'s token only', () => {
  const [first] = scoreExercises(points, plan, cells, 'tok');
  assert.equal(first.status, 'graded');
  assert.deepEqual([first.earned, first.possible, first.public, first.hidden], [2, 3, { earned: 2, possible: 2 }, { earned: 0, possible: 1 }]);
  assert.equal(first.firstFailure, 'b: expected [1], received []');
});

test('a deleted cell, a timeout and a failed answer cell score 0 and say why', () => {
  const [, missing, timeout, failed] = scoreExercises(points, plan, cells, 'tok');
  assert.deepEqual([missing.status, missing.earned, missing.possible], ['missing', 0, 3]);
  assert.match(missing.firstFailure!, /^cell deleted/);
  assert.equal(timeout.status, 'timeout');
  assert.match(timeout.firstFailure!, /timed out/);
  assert.equal(failed.status, 'error');
  assert.equal(failed.answerError, 'SyntaxError: Unexpected token / at line 3');
});

test('the score table and the HTML report show points, failures and what broke', () => {
  const exercises = scoreExercises(points, plan, cells, 'tok');
  const gradeReport = { notebook: 'mine.ipynb', gradedAt: '2024-01-01T00:00:00.000Z', earned: 2, possible: 12, exercises };
  const table = scoreTable(gradeReport);
  assert.match(table, /^#  exercise\s+points\s+public\s+hidden\s+first failing/);
  assert.match(table, /4  Exercise 4  0\/3 .*the answer cell failed: SyntaxError/);
  assert.match(table, /total\s+2\/12/);
  assert.match(table, /cell deleted/);
  assert.match(table, /exercise 4: SyntaxError/);
  const html = gradeReportHtml(gradeReport);
  assert.match(html, /<h1>Grade: 2 \/ 12 points<\/h1>/);
  assert.match(html, /The answer cell failed: <code>SyntaxError/);
});
