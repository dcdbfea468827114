import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerCode, answerMarker, answerModule, cellCode, markedExercise } from '../../src/grading/answer-code.js';

const source = [
  'export interface Thing { a: number }',
  '',
  '/** Doubles. */',
  'export function double(x: number): number {',
  '  // BEGIN SOLUTION',
  '  return x * 2;',
  '  // END SOLUTION',
  '}',
  '',
].join('\n');

test('the stub keeps the marker line, the signature and docs, and throws "not implemented: exercise N"', () => {
  assert.equal(
    answerCode(source, 7, 'stub'),
    `${answerMarker(7)}\ninterface Thing { a: number }\n\n/** Doubles. */\nfunction double(x: number): number {\n  throw new Error('not implemented: exercise 7');\n}`,
  );
});

test('the solution drops only the markers', () => {
  assert.equal(answerCode(source, 7, 'solution'), `${answerMarker(7)}\ninterface Thing { a: number }\n\n/** Doubles. */\nfunction double(x: number): number {\n  return x * 2;\n}`);
});

test('the marker line names its exercise, and only a first line counts', () => {
  assert.equal(markedExercise(answerCode(source, 12, 'stub')), 12);
  assert.equal(markedExercise('\n  // Answer to exercise 3\ncode'), 3);
  assert.equal(markedExercise('const a = 1; // Answer to exercise 3'), undefined);
  assert.equal(markedExercise('// Answer to exercise three'), undefined);
});

test('the module form keeps export so it can be imported', () => {
  assert.match(answerModule(source, 7, 'stub'), /^export function double/m);
});

test('cellCode removes export only at the start of declarations', () => {
  assert.equal(cellCode("export const a = 'export const b';\n\n"), "const a = 'export const b';");
});
