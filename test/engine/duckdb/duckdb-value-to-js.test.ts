import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBDateValue, DuckDBDecimalValue, DuckDBInstance, DuckDBTimestampTZValue, DuckDBTimestampValue } from '@duckdb/node-api';
import { duckDbValueToJs } from '../../../src/engine/duckdb/duckdb-value-to-js.js';
import { OdibiError } from '../../../src/errors.js';

test('numbers, text and BigInt within 2^53 come back as plain values; wider ones are ENGINE_BAD_DATA', () => {
  assert.equal(duckDbValueToJs(42n), 42);
  assert.equal(duckDbValueToJs('a'), 'a');
  assert.equal(duckDbValueToJs(undefined), null);
  assert.throws(() => duckDbValueToJs(2n ** 60n, 'big'), (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_BAD_DATA' && /"big"/.test(e.message));
});

test('value objects are told apart by class exactly as instanceof would (the classes are not imported by the converter)', async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(`SELECT DATE '2024-03-01' AS d, 1.25::DECIMAL(10,2) AS x, TIMESTAMP '2024-01-01 10:00:00' AS t,
      TIMESTAMPTZ '2024-01-01 10:00:00+00' AS tz, TIME '10:00:00' AS tm, TIMESTAMP_S '2024-01-01 10:00:00' AS ts, [1, 2] AS list`);
    const row = reader.getRows()[0]!;
    const reference = (v: unknown): unknown => v instanceof DuckDBDateValue ? v.toString() : v instanceof DuckDBDecimalValue ? v.toDouble()
      : v instanceof DuckDBTimestampValue || v instanceof DuckDBTimestampTZValue ? new Date(Number(v.micros / 1000n)) : String(v);
    assert.deepEqual(row.map((v) => duckDbValueToJs(v)), row.map(reference));
    assert.deepEqual(row.slice(0, 4).map((v) => duckDbValueToJs(v)), ['2024-03-01', 1.25, new Date('2024-01-01T10:00:00Z'), new Date('2024-01-01T10:00:00Z')]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
});
