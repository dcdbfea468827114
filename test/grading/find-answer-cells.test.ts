import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAnswerCells } from '../../src/grading/find-answer-cells.js';
import { buildGradingNotebook } from '../../src/grading/build-grading-notebook.js';
import { loadExerciseSources } from '../../src/grading/exercise-source.js';
import { resolve } from 'node:path';
import type { NotebookCell } from '../../src/grading/notebook-json.js';

const cell = (meta: unknown, source: string | string[], type: NotebookCell['cell_type'] = 'code'): NotebookCell => ({ cell_type: type, metadata: meta ? { odibi: meta } : {}, source });

test('answer cells are found by metadata wherever they are; the last copy wins', () => {
  const answers = findAnswerCells({
    nbformat: 4, nbformat_minor: 4, metadata: {},
    cells: [
      cell(null, 'scratch'),
      cell({ exercise: 2, role: 'answer' }, ['function b() {}\n', 'b();']),
      cell({ exercise: 1, role: 'check' }, 'check'),
      cell({ exercise: 1, role: 'answer' }, 'old'),
      cell({ exercise: 1, role: 'answer' }, 'new'),
      cell({ exercise: 3, role: 'answer' }, 'markdown is not an answer', 'markdown'),
      cell({ exercise: 'x', role: 'answer' }, 'bad metadata'),
    ],
  });
  assert.deepEqual([...answers.entries()].sort(), [[1, 'new'], [2, 'function b() {}\nb();']]);
});

test('the grading notebook pairs each found answer with its checks and plans the missing ones', () => {
  const sources = loadExerciseSources(resolve(import.meta.dirname, '../..')).slice(0, 3);
  const { notebook, plan } = buildGradingNotebook(sources, new Map([[1, 'function a() {}'], [3, '']]), 'tok');
  assert.deepEqual(plan, [{ exercise: 1, answerCell: 0, gradingCell: 1 }, { exercise: 2 }, { exercise: 3, answerCell: 2, gradingCell: 3 }]);
  const text = (i: number) => (notebook.cells[i].source as string[]).join('');
  assert.equal(text(0), 'function a() {}');
  assert.match(text(1), /import \{ ex1HiddenChecks \} from 'odibi-ts\/dist\/src\/grading\/hidden\/01-executor\.js'/);
  assert.match(text(1), /ODIBI-GRADE:tok:/);
  assert.equal(text(2), '// (empty answer cell)');
});
