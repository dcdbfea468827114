import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as aq from 'arquero';
import { LocalConnection } from '../../../src/connections/local-connection.js';
import { DuckDbEngine } from '../../../src/engine/duckdb/duckdb-engine.js';
import type { DuckDbTable } from '../../../src/engine/duckdb/duckdb-table.js';
import type { ReadonlyTables } from '../../../src/engine/engine.js';
import { OdibiError } from '../../../src/errors.js';
import { engineContract } from '../engine-contract.js';

engineContract('duckdb', () => new DuckDbEngine());

function tablesOf(entries: Record<string, DuckDbTable>): ReadonlyTables<DuckDbTable> {
  return { get: (n) => entries[n]!, has: (n) => n in entries, names: () => Object.keys(entries) };
}
const ctx = (tables: ReadonlyTables<DuckDbTable>, stepIndex = 1) => ({ node: 'clean', stepIndex, tables, functions: new Map(), signal: new AbortController().signal });

test('duckdb: an SQL step joins upstream tables by name with bound params', async () => {
  const engine = new DuckDbEngine();
  const orders = engine.fromArquero(aq.table({ order_id: [1, 2, 3], customer_id: [10, 20, 10], amount: [5, -1, 12] }));
  const customers = engine.fromArquero(aq.table({ customer_id: [10, 20], region: ['north', 'south'] }));
  const sql = 'SELECT o.*, c.region FROM raw_orders o JOIN raw_customers c USING (customer_id) WHERE o.amount > $min ORDER BY order_id';
  const out = await engine.applyStep(engine.fromArquero(aq.table({})), { kind: 'sql', sql, params: { min: 0 } }, ctx(tablesOf({ raw_orders: orders, raw_customers: customers })));
  assert.deepEqual(engine.toArquero(out).objects(), [{ order_id: 1, customer_id: 10, amount: 5, region: 'north' }, { order_id: 3, customer_id: 10, amount: 12, region: 'north' }]);
  assert.deepEqual(engine.schema(out), { order_id: 'number', customer_id: 'number', amount: 'number', region: 'string' });
  await engine.close();
});

test('duckdb: SQL errors name node, step, line and column (of the step\'s own SQL) and the visible tables', async () => {
  const engine = new DuckDbEngine();
  const t = engine.fromArquero(aq.table({ x: [1] }));
  await assert.rejects(engine.applyStep(t, { kind: 'sql', sql: 'SELECT x\nFROM current WHER x > 1', params: {} }, ctx(tablesOf({ other: t }), 3)), (e: unknown) => {
    assert.ok(e instanceof OdibiError);
    assert.equal(e.code, 'ENGINE_SQL');
    assert.match(e.message, /node "clean", step 3 \(sql\): .*syntax error at or near "x" at line 2, column 19 of the SQL; tables this step can see: current, other/);
    return true;
  });
  await assert.rejects(engine.applyStep(t, { kind: 'sql', sql: 'SELECT * FROM othr', params: {} }, ctx(tablesOf({ other: t }))), (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_UNKNOWN_TABLE' && e.hint === 'did you mean "other"?');
  await engine.close();
});

test('duckdb: reads and writes local csv, json and parquet natively; large tables validate from DuckDB counts', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'odibi-duckdb-test-'));
  try {
    const engine = new DuckDbEngine({ eagerRows: 2 });
    const local = new LocalConnection('files', dir);
    const t = engine.fromArquero(aq.table({ id: [1, 2, 2], name: ['a', null, 'c'] }));
    for (const format of ['csv', 'json', 'parquet'] as const) {
      await engine.write(t, { connection: 'files', path: `out/t.${format}`, format, mode: 'overwrite', options: {} }, local);
      const back = await engine.read({ connection: 'files', path: `out/t.${format}`, format, options: {} }, local);
      assert.equal(engine.rowCount(back), 3, format);
      assert.equal(back.arquero, undefined, 'above eagerRows: no Arquero copy');
      assert.deepEqual((await engine.validate(back, { notEmpty: true, noNulls: ['name'], unique: ['id'] })).map((o) => [o.rule, o.passed]), [['not_empty', true], ['no_nulls:name', false], ['unique:id', false]], format);
      assert.deepEqual((await engine.toArqueroAsync(back)).array('id'), [1, 2, 2]);
      assert.throws(() => engine.toArquero(back), (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_UNSUPPORTED');
    }
    assert.match(await readFile(join(dir, 'out/t.csv'), 'utf8'), /^id,name\n1,a\n/);
    await engine.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('duckdb: after close, tables with an Arquero copy load again into a new database; larger ones are refused with a hint', async () => {
  const engine = new DuckDbEngine({ eagerRows: 2 });
  const small = await engine.load(engine.fromArquero(aq.table({ x: [1, 2] })));
  const step = { kind: 'sql' as const, sql: 'SELECT * FROM current', params: {} };
  const large = await engine.applyStep(small, { kind: 'sql', sql: 'SELECT * FROM range(5) r(x)', params: {} }, ctx(tablesOf({})));
  await engine.close();
  const again = await engine.applyStep(small, step, ctx(tablesOf({})));
  assert.deepEqual(engine.toArquero(again).array('x'), [1, 2]);
  await assert.rejects(engine.applyStep(large, step, ctx(tablesOf({}))), (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_UNSUPPORTED' && /database that was closed/.test(e.message) && /your own DuckDbEngine/.test(e.hint ?? ''));
  await assert.rejects(engine.toArqueroAsync(large), (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_UNSUPPORTED');
  await engine.close();
});

test('duckdb: a table is described by its row count and a sample; validation counts in DuckDB for its own rules, a missing value counting as one distinct value', async () => {
  const engine = new DuckDbEngine({ eagerRows: 2 });
  const source = engine.fromArquero(aq.table({ x: [1] }));
  const sql = 'SELECT * FROM (VALUES (1, 10, NULL), (2, NULL, 5), (3, NULL, 6), (4, 11, 7)) v(id, code, score)';
  const t = await engine.applyStep(source, { kind: 'sql', sql, params: {} }, ctx(tablesOf({})));
  assert.deepEqual([t.rows, t.arquero, t.nulls, Object.keys(t)], [4, undefined, undefined, ['name', 'schema', 'rows', 'bytes', 'sample', 'generation']]);
  const outcomes = await engine.validate(t, { notEmpty: true, noNulls: ['id', 'score'], unique: ['id', 'code', 'score', 'nope'] });
  assert.deepEqual(outcomes.map((o) => [o.rule, o.passed, o.message]), [
    ['not_empty', true, undefined],
    ['no_nulls:id', true, undefined],
    ['no_nulls:score', false, '1 of 4 rows have no value in "score"'],
    ['unique:id', true, undefined],
    ['unique:code', false, '1 duplicate value(s) in "code"'],
    ['unique:score', true, undefined],
    ['unique:nope', false, 'column "nope" is missing; columns: id, code, score'],
  ]);
  const small = engine.fromArquero(aq.table({ code: [10, null, null, 11] }));
  assert.deepEqual((await engine.validate(small, { notEmpty: false, noNulls: [], unique: ['code'] })).map((o) => o.passed), [false], 'the Arquero engine agrees on the copy');
  await engine.close();
});
