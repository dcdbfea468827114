import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { columnValues } from '../../../src/engine/arquero/column-values.js';
import { tableSchema } from '../../../src/engine/arquero/table-schema.js';

test('a plain table gives its own column, without a copy', () => {
  const x = [3, 1, 2];
  const table = aq.table({ x });
  assert.equal(columnValues(table, 'x'), table.column('x'));
});

test('filtered and ordered tables give only their rows, in their order', () => {
  const table = aq.table({ x: [3, 'hidden', 1, 2] }).filter(aq.escape((d: { x: unknown }) => typeof d.x === 'number')).orderby('x');
  assert.deepEqual(Array.from(columnValues(table, 'x')), [1, 2, 3]);
  assert.deepEqual(tableSchema(table), { x: 'number' }, 'the filtered-out text does not make the column mixed');
});
