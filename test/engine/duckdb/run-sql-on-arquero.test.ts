import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { runSqlOnArquero } from '../../../src/engine/duckdb/run-sql-on-arquero.js';
import { OdibiError } from '../../../src/errors.js';

const orders = aq.table({ order_id: [1, 2, 3], customer_id: [10, 20, 10], amount: [5.5, -1, 12] });
const customers = aq.table({ customer_id: [10, 20], region: ['north', 'south'] });
const tables = new Map([['raw_orders', orders], ['raw_customers', customers]]);
const place = { node: 'clean', step: 2 };

test('joins upstream tables by name, with a bound parameter', async () => {
  const sql = 'SELECT o.*, c.region FROM raw_orders o JOIN raw_customers c USING (customer_id) WHERE o.amount > $min ORDER BY order_id';
  const out = await runSqlOnArquero(aq.table({}), tables, sql, { min: 0 }, place);
  assert.deepEqual(out.objects(), [
    { order_id: 1, customer_id: 10, amount: 5.5, region: 'north' },
    { order_id: 3, customer_id: 10, amount: 12, region: 'north' },
  ]);
});

test('a parameter is bound, not spliced: a quote in it is data', async () => {
  const out = await runSqlOnArquero(customers, new Map(), 'SELECT * FROM current WHERE region = $r', { r: "north' OR '1'='1" }, place);
  assert.equal(out.numRows(), 0);
});

test('BIGINT -> number, DATE -> ISO string, DECIMAL -> number', async () => {
  const out = await runSqlOnArquero(orders, new Map(), "SELECT count(*) AS n, DATE '2024-03-01' AS d, sum(amount)::DECIMAL(10,2) AS total FROM current", {}, place);
  assert.deepEqual(out.objects(), [{ n: 3, d: '2024-03-01', total: 16.5 }]);
});

test('a BIGINT beyond 2^53 is an error, not a silent rounding', async () => {
  await assert.rejects(runSqlOnArquero(orders, new Map(), 'SELECT 9007199254740993::BIGINT AS big', {}, place), (e: unknown) => e instanceof OdibiError && e.code === 'ENGINE_BAD_DATA' && /"big"/.test(e.message));
});

test('a syntax error names node, step, position and the visible tables', async () => {
  await assert.rejects(runSqlOnArquero(orders, tables, 'SELECT *\nFROM current WHER amount > 1', {}, place), (e: unknown) => {
    assert.ok(e instanceof OdibiError);
    assert.equal(e.code, 'ENGINE_SQL');
    assert.match(e.message, /node "clean", step 2 \(sql\): Parser Error: syntax error at or near "amount" at line 2, column \d+ of the SQL/);
    assert.match(e.message, /tables this step can see: current, raw_orders, raw_customers/);
    assert.equal(e.location.node, 'clean');
    return true;
  });
});

test('an unknown table is ENGINE_UNKNOWN_TABLE with a did-you-mean among visible tables', async () => {
  await assert.rejects(runSqlOnArquero(orders, tables, 'SELECT * FROM raw_ordres', {}, place), (e: unknown) => {
    assert.ok(e instanceof OdibiError);
    assert.equal(e.code, 'ENGINE_UNKNOWN_TABLE');
    assert.match(e.message, /table "raw_ordres" at line 1, column 15 of the SQL is not visible; tables this step can see: current, raw_orders, raw_customers/);
    assert.equal(e.hint, 'did you mean "raw_orders"?');
    return true;
  });
});
