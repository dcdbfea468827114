import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gradebookCsv, sortRows, type Gradebook, type GradebookRow } from '../../../src/grading/class/gradebook.js';
import { classSummary } from '../../../src/grading/class/class-summary.js';
import type { GradeReport } from '../../../src/grading/grade-report.js';

const row = (learner: string, file: string, total: number, extra: Partial<GradebookRow> = {}): GradebookRow => ({
  learner, file, status: 'graded', total, possible: 3, points: { '1': Math.min(total, 2), '2': Math.max(0, total - 2) }, exerciseStatus: {}, problems: [], ...extra,
});
const book: Gradebook = {
  release: { course: '1.0.0', checks: 'abc' },
  exercises: [{ number: 1, title: 'One', possible: 2 }, { number: 2, title: 'Two', possible: 1 }],
  possible: 3,
  rows: sortRows([row('zoe', 'z.ipynb', 3), row('ana', 'b.ipynb', 0, { status: 'unreadable', problems: ['it is not JSON'] }), row('ana', 'a.ipynb', 2, { problems: ['x, "y"', 'exercise 2: timeout'] })]),
};

test('the CSV has a column per exercise and quotes what needs it; rows come sorted by learner, then file', () => {
  assert.equal(gradebookCsv(book), [
    'learner,file,status,total,possible,exercise 1,exercise 2,problems',
    'ana,a.ipynb,graded,2,3,2,0,"x, ""y""; exercise 2: timeout"',
    'ana,b.ipynb,unreadable,0,3,0,0,it is not JSON',
    'zoe,z.ipynb,graded,3,3,2,1,',
    '',
  ].join('\n'));
  assert.equal(gradebookCsv({ ...book, rows: [] }), 'learner,file,status,total,possible,exercise 1,exercise 2,problems\n');
});

test('the summary counts statuses, full marks, pass rates per case, and the hints shown most often', () => {
  const report = (earned: number, passedHidden: boolean): GradeReport => ({
    notebook: 'x', gradedAt: '', earned, possible: 3, notes: [],
    exercises: [{ exercise: 1, title: 'One', status: 'graded', earned, possible: 2, public: { earned, possible: 1 }, hidden: { earned: 0, possible: 1 }, cases: [
      { name: 'p', visibility: 'public', passed: earned > 0, points: 1, earned: earned > 0 ? 1 : 0, expected: '1', received: '1', ...(earned > 0 ? {} : { hint: 'try p' }) },
      { name: 'h', visibility: 'hidden', passed: passedHidden, points: 1, earned: passedHidden ? 1 : 0, ...(passedHidden ? {} : { hint: 'think of h' }) },
    ] }],
  });
  const summary = classSummary([
    { row: book.rows[0]!, report: report(1, false) },
    { row: book.rows[1]! },
    { row: book.rows[2]!, report: report(0, false) },
  ], book.exercises);
  assert.deepEqual(summary.statuses, { graded: 2, unreadable: 1 });
  assert.deepEqual(summary.totals, [1, 0]);
  assert.deepEqual(summary.exercises[0]!.cases, [{ name: 'p', visibility: 'public', passed: 1, graded: 2 }, { name: 'h', visibility: 'hidden', passed: 0, graded: 2 }]);
  assert.equal(summary.exercises[0]!.fullMarks, 0);
  assert.deepEqual(summary.hints.map((h) => [h.hint, h.shown]), [['think of h', 2], ['try p', 1]]);
});
