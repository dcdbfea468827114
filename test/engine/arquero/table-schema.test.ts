import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { columnType, tableSchema } from '../../../src/engine/arquero/table-schema.js';

test('names each column type from its values, ignoring missing ones', () => {
  const t = aq.table({ n: [1, null], s: ['a', undefined], b: [true, false], d: [new Date(0), null], big: [1n, 2n], o: [{ a: 1 }, [1]], empty: [null, null], mix: [1, 'a'] });
  assert.deepEqual(tableSchema(t), { n: 'number', s: 'string', b: 'boolean', d: 'date', big: 'bigint', o: 'object', empty: 'null', mix: 'mixed' });
});

test('typed arrays are numbers or bigints', () => {
  assert.equal(columnType(new Float64Array(2)), 'number');
  assert.equal(columnType(new BigInt64Array(2)), 'bigint');
});

test('columnType: any two kinds of value make a column mixed, wherever they are', () => {
  const d = new Date(0);
  const cases: [unknown[], string][] = [
    [[null, 'a', undefined, 'b'], 'string'], [[1, 2, '3'], 'mixed'], [[{}, d], 'mixed'], [[d, {}], 'mixed'],
    [[d, null, d], 'date'], [[{}, []], 'object'], [[true, 1], 'mixed'], [[1n, 2], 'mixed'], [[null, undefined], 'null'], [[], 'null'],
  ];
  for (const [values, expected] of cases) assert.equal(columnType(values), expected, JSON.stringify(values.map(String)));
});
