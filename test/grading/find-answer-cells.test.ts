import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAnswerCells } from '../../src/grading/find-answer-cells.js';
import type { NotebookCell, NotebookJson } from '../../src/grading/notebook-json.js';

const cell = (meta: unknown, source: unknown, type: NotebookCell['cell_type'] = 'code'): NotebookCell =>
  ({ cell_type: type, metadata: meta ? { odibi: meta } : {}, source }) as NotebookCell;
const notebook = (cells: unknown[]): NotebookJson => ({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells: cells as NotebookCell[] });

test('answer cells are found by metadata wherever they are; the last copy wins, and that is noted', () => {
  const { answers, notes } = findAnswerCells(notebook([
    cell(null, 'scratch'),
    cell({ exercise: 2, role: 'answer' }, ['function b() {}\n', 'b();']),
    cell({ exercise: 1, role: 'check' }, 'check'),
    cell({ exercise: 1, role: 'answer' }, 'old'),
    cell({ exercise: 1, role: 'answer' }, 'new'),
    cell({ exercise: 3, role: 'answer' }, 'markdown is not an answer', 'markdown'),
    cell({ exercise: 'x', role: 'answer' }, 'bad metadata'),
  ]));
  assert.deepEqual([...answers.entries()], [[1, 'new'], [2, 'function b() {}\nb();']]);
  assert.deepEqual(notes, ['exercise 1: 2 answer cells; the last one was graded']);
});

test('a cell that lost its metadata is found by its first line; metadata wins over it', () => {
  const { answers, notes } = findAnswerCells(notebook([
    cell(null, '// Answer to exercise 4 (keep this line)\nfunction d() {}'),
    cell(null, '\n  // Answer to exercise 5\nfunction e() {}'),
    cell({ exercise: 5, role: 'answer' }, 'function fromMetadata() {}'),
    cell(null, 'x = 1; // Answer to exercise 6'),
  ]));
  assert.deepEqual([...answers.keys()], [4, 5]);
  assert.equal(answers.get(5), 'function fromMetadata() {}');
  assert.deepEqual(notes, ['exercise 4: the answer cell has lost its metadata; it was found by its first line']);
});

test('null cells, a null source, null metadata and odd values are skipped or read as empty, never a crash', () => {
  const { answers, notes } = findAnswerCells(notebook([
    null,
    7,
    { cell_type: 'code', metadata: null, source: '// Answer to exercise 1\nfunction a() {}' },
    cell({ exercise: 2, role: 'answer' }, null),
    cell({ exercise: 3, role: 'answer' }, ['x', null, 'y']),
    { cell_type: 'code' },
  ]));
  assert.deepEqual([...answers.entries()], [[1, '// Answer to exercise 1\nfunction a() {}'], [2, ''], [3, 'xy']]);
  assert.ok(notes.includes('cell 1 is null, not a cell: skipped'));
  assert.ok(notes.includes('cell 2 is a number, not a cell: skipped'));
  assert.ok(notes.includes('cell 4 has no source: read as empty'));
  assert.ok(notes.includes('cell 6 has no source: read as empty'));
});
