import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../src/grading/run-checks.js';
import type { CheckCase } from '../../src/grading/check-case.js';
import { feedbackHtml } from '../../src/grading/feedback-html.js';
import { feedbackText } from '../../src/grading/feedback-text.js';

const cases: CheckCase[] = [
  { name: 'adds', points: 2, hint: 'use +', run: (f) => f(1, 2), expected: 3 },
  { name: 'is odd', points: 1, hint: 'odd numbers', run: (f) => f(2, 3), expected: 'an odd number', accept: (r) => typeof r === 'number' && r % 2 === 1 },
];
const hidden: CheckCase[] = [{ name: 'async <b>', points: 1, hint: 'await', run: async (f) => f(0, 0), expected: 0 }];

test('a right answer earns every point, public and hidden', async () => {
  const report = await runChecks(5, () => (a: number, b: number) => a + b, cases, hidden);
  assert.equal(report.earned, 4);
  assert.equal(report.possible, 4);
  assert.deepEqual(report.cases.map((c) => c.visibility), ['public', 'public', 'hidden']);
  assert.ok(report.cases.every((c) => c.hint === undefined));
});

test('a wrong value fails with expected, received and the hint', async () => {
  const report = await runChecks(5, () => (a: number, b: number) => a * b, cases);
  assert.equal(report.earned, 0);
  assert.deepEqual(report.cases.map((c) => [c.expected, c.received, c.hint]), [['3', '2', 'use +'], ['an odd number', '6', 'odd numbers']]);
});

test('a throwing answer and a missing answer never make runChecks throw', async () => {
  const throwing = await runChecks(5, () => () => { throw new Error('not implemented: exercise 5'); }, cases);
  assert.equal(throwing.earned, 0);
  assert.match(throwing.cases[0].received, /Error: not implemented: exercise 5/);
  const missing = await runChecks(5, () => { throw new ReferenceError('double is not defined'); }, cases);
  assert.equal(missing.earned, 0);
  assert.match(missing.problem ?? '', /not defined.*run the answer cell/);
  const notAFunction = await runChecks(5, () => 42, cases);
  assert.match(notAFunction.problem ?? '', /not a function/);
});

test('a custom accept that throws counts as a failure', async () => {
  const report = await runChecks(1, () => () => null, [{ name: 'x', points: 1, hint: 'h', run: (f) => f(), expected: 'x', accept: (r: any) => r.length > 0 }]);
  assert.equal(report.earned, 0);
});

test('feedback renders escaped HTML and a text summary', async () => {
  const report = await runChecks(5, () => (a: number, b: number) => a - b, cases, hidden);
  const html = feedbackHtml(report);
  assert.match(html, /Exercise 5: 1 \/ 4 points/);
  assert.match(html, /async &lt;b&gt; <em>\(hidden\)<\/em>/);
  assert.doesNotMatch(html, /<b>/);
  assert.equal(feedbackText(report, false), 'Exercise 5: 1 / 4 points, 2 of 3 cases failing');
  assert.match(feedbackText(report), /✘ adds: expected 3, received -1\n {4}hint: use \+/);
  const publicOnly = await runChecks(5, () => (a: number, b: number) => a + b, cases);
  assert.equal(feedbackText(publicOnly), 'Exercise 5, public checks: 3 / 3 points, all cases pass');
});
