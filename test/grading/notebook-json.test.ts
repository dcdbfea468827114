import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCell, serialiseNotebook, type NotebookJson } from '../../src/grading/notebook-json.js';
import { findNotebooks } from '../../scripts/lib/find-notebooks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('a notebook is written as nbformat writes it: keys sorted at every level, one-space indent, final newline', () => {
  const nb: NotebookJson = { nbformat: 4, nbformat_minor: 4, metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript' } }, cells: [codeCell('1 + 1', { odibi: { role: 'answer', exercise: 1 } })] };
  const text = serialiseNotebook(nb);
  assert.ok(text.endsWith('}\n'));
  assert.deepEqual(Object.keys(JSON.parse(text)), ['cells', 'metadata', 'nbformat', 'nbformat_minor']);
  assert.match(text, /"metadata": \{\n {2}"kernelspec": \{\n {3}"display_name": "TypeScript",\n {3}"name": "tslab"/);
  assert.match(text, /"odibi": \{\n {5}"exercise": 1,\n {5}"role": "answer"/);
  assert.deepEqual(JSON.parse(text), nb);
});

test('every committed notebook is already in that form (one serialiser for generated and regenerated notebooks)', () => {
  const notebooks = findNotebooks(root);
  assert.ok(notebooks.length >= 4, notebooks.join(', '));
  for (const file of notebooks) {
    const text = readFileSync(path.join(root, file), 'utf8');
    assert.ok(serialiseNotebook(JSON.parse(text) as NotebookJson) === text, `${file} is not in serialiseNotebook's form`);
  }
});
