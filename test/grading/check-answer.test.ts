// What a check cell decides before anything runs: no run of the answer cell, a failed latest run,
// or no kernel at all. (The real kernel and a graded run: test/grading/check-in-kernel.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkAnswer } from '../../src/grading/check-answer.js';
import { answerMarker } from '../../src/grading/answer-code.js';
import { OdibiError } from '../../src/errors.js';

const root = join(import.meta.dirname, '..', '..');
const ran = (code: string, error?: string) => (error ? { code, status: 'error' as const, error: { name: 'TypeScriptError', message: error } } : { code, status: 'ok' as const });

test('no run of the answer cell: run it first, nothing awarded, every public case listed as not run', async () => {
  const { grade } = await checkAnswer(3, { root, history: [ran('const unrelated = 1;'), ran(`${answerMarker(4)}\nfunction validatePipeline() {}`)] });
  assert.equal(grade.earned, 0);
  assert.match(grade.answerError ?? '', /run the answer cell of exercise 3 first/);
  assert.ok(grade.cases.length >= 3 && grade.cases.every((c) => !c.passed && c.received === 'not run'));
});

test('the latest run failed: its error is shown, even after an earlier run that worked', async () => {
  const history = [ran(`${answerMarker(3)}\nfunction summariseRuns(runs: any) { return {}; }`), ran(`${answerMarker(3)}\nconst x: number = "y";`, "2:7 - Type 'string' is not assignable to type 'number'.")];
  const { grade } = await checkAnswer(3, { root, history });
  assert.equal(grade.earned, 0);
  assert.equal(grade.status, 'error');
  assert.match(grade.answerError ?? '', /latest run failed, so nothing was checked: TypeScriptError: 2:7 - Type 'string' is not assignable/);
});

test('outside a kernel there is no record of runs: a clear error, not a pass', async () => {
  await assert.rejects(checkAnswer(3, { root }), (e: unknown) => e instanceof OdibiError && e.code === 'GRADE_CHECK_OUTSIDE_KERNEL' && /check\(3\) needs the notebook kernel's record/.test(e.message));
  await assert.rejects(checkAnswer(99, { root, history: [] }), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /there is no exercise 99/.test(e.message));
});
