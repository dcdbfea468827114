// The behaviour every Engine must show, whatever its table handle: run it for a
// new engine with `engineContract('duckdb', () => new DuckDbEngine())`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { MemoryConnection } from '../../src/connections/memory-connection.js';
import type { Connection } from '../../src/connections/connection.js';
import type { Engine, ReadonlyTables } from '../../src/engine/engine.js';
import { OdibiError } from '../../src/errors.js';

function noTables<T>(): ReadonlyTables<T> {
  return { get: (name) => { throw new Error(`no table ${name}`); }, has: () => false, names: () => [] };
}

/** Bytes only (no getTable/putTable), so the engine really encodes and decodes. */
function bytesConnection(): Connection {
  const memory = new MemoryConnection('mem');
  return {
    name: 'mem', type: 'bytes',
    check: () => memory.check(), exists: (p) => memory.exists(p), readBytes: (p) => memory.readBytes(p),
    writeBytes: (p, d) => memory.writeBytes(p, d), list: (p) => memory.list(p), describe: (p) => memory.describe(p),
  };
}

export function engineContract<T>(name: string, makeEngine: () => Engine<T>): void {
  const orders = aq.table({ id: [1, 2, 3], amount: [5, 50, 20], country: ['NL', 'BE', 'NL'] });
  const ctx = () => ({ node: 'n', stepIndex: 1, tables: noTables<T>(), functions: new Map(), signal: new AbortController().signal });

  test(`${name}: fromArquero / toArquero keep rows and columns`, () => {
    const engine = makeEngine();
    const back = engine.toArquero(engine.fromArquero(orders));
    assert.deepEqual(back.objects(), orders.objects());
  });

  test(`${name}: schema, row count, sample and approximate bytes`, () => {
    const engine = makeEngine();
    const table = engine.fromArquero(orders);
    assert.deepEqual(engine.schema(table), { id: 'number', amount: 'number', country: 'string' });
    assert.equal(engine.rowCount(table), 3);
    assert.deepEqual(engine.sample(table, 2), orders.objects({ limit: 2 }));
    assert.ok(engine.approxBytes(table) > 0);
  });

  test(`${name}: every format written through a connection reads back`, async () => {
    const engine = makeEngine();
    for (const format of ['csv', 'json', 'arrow', 'parquet'] as const) {
      const bytesOnly = bytesConnection();
      await engine.write(engine.fromArquero(orders), { connection: 'mem', path: `o.${format}`, format, mode: 'overwrite', options: {} }, bytesOnly);
      const back = await engine.read({ connection: 'mem', path: `o.${format}`, format, options: {} }, bytesOnly);
      assert.deepEqual(engine.toArquero(back).objects(), orders.objects(), format);
    }
  });

  test(`${name}: operation steps, with errors naming the node and step`, async () => {
    const engine = makeEngine();
    const table = engine.fromArquero(orders);
    const big = await engine.applyStep(table, { kind: 'operation', operation: 'filter', params: { expr: 'd => d.amount > 10' } }, ctx());
    assert.equal(engine.rowCount(big), 2);
    await assert.rejects(
      engine.applyStep(table, { kind: 'operation', operation: 'select', params: { columns: ['amout'] } }, ctx()),
      (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_UNKNOWN_COLUMN' && /node "n", step 1 \(select\)/.test(e.message),
    );
  });

  test(`${name}: validation outcomes`, async () => {
    const engine = makeEngine();
    const outcomes = await engine.validate(engine.fromArquero(orders), { notEmpty: true, noNulls: ['id'], unique: ['country'] });
    assert.deepEqual(outcomes.map((o) => [o.rule, o.passed]), [['not_empty', true], ['no_nulls:id', true], ['unique:country', false]]);
  });
}
