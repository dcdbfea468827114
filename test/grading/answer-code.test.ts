import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerCode, answerModule, cellCode } from '../../src/grading/answer-code.js';

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

test('the stub keeps the signature and docs and throws "not implemented: exercise N"', () => {
  assert.equal(
    answerCode(source, 7, 'stub'),
    "interface Thing { a: number }\n\n/** Doubles. */\nfunction double(x: number): number {\n  throw new Error('not implemented: exercise 7');\n}",
  );
});

test('the solution drops only the markers', () => {
  assert.equal(answerCode(source, 7, 'solution'), 'interface Thing { a: number }\n\n/** Doubles. */\nfunction double(x: number): number {\n  return x * 2;\n}');
});

test('the module form keeps export so it can be imported', () => {
  assert.match(answerModule(source, 7, 'stub'), /^export function double/m);
});

test('cellCode removes export only at the start of declarations', () => {
  assert.equal(cellCode("export const a = 'export const b';\n\n"), "const a = 'export const b';");
});
