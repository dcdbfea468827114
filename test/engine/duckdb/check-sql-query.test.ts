import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { checkSqlQuery } from '../../../src/engine/duckdb/check-sql-query.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
before(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await connection.run('CREATE TABLE t7 AS SELECT 7 AS secret');
});
after(() => {
  connection.closeSync();
  instance.closeSync();
});

const check = (sql: string) => checkSqlQuery(connection, sql, ['current', 'raw_orders']);

test('one query over visible tables, generated rows and its own WITH names passes', async () => {
  for (const sql of [
    'SELECT * FROM current', 'FROM raw_orders', 'SELECT * FROM CURRENT;', 'VALUES (1)', 'SELECT * FROM range(3) JOIN unnest([1, 2]) u ON true',
    'WITH a AS (SELECT 1), b AS (SELECT * FROM a) SELECT * FROM b JOIN current ON true',
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r',
  ]) assert.equal(await check(sql), undefined, sql);
});

test('a WITH name is in scope only after it is defined: a later one cannot stand for an engine table', async () => {
  const refusal = await check('WITH a AS (SELECT * FROM t7), t7 AS (SELECT 1) SELECT * FROM a');
  assert.deepEqual(refusal && [refusal.kind, refusal.name], ['unknown-table', 't7']);
  const selfRef = await check('WITH t7 AS (SELECT * FROM t7) SELECT * FROM t7');
  assert.equal(selfRef?.kind, 'unknown-table', 'a non-recursive WITH body does not see its own name');
});

test('the refusal names what is refused, and its offset in characters (not UTF-8 bytes)', async () => {
  const sql = "SELECT 'héllo ✓' AS x FROM current, read_text('/etc/hostname')";
  const refusal = await check(sql);
  assert.equal(refusal?.kind, 'table-function');
  assert.equal(refusal?.what, 'table function read_text');
  assert.equal(sql.slice(refusal!.offset!).startsWith('read_text'), true);
});

test('statements: a non-query, several, none, and a PIVOT that needs more than one', async () => {
  assert.deepEqual(await check("COPY current TO '/tmp/x.csv'"), { kind: 'statement', what: 'COPY statement' });
  assert.deepEqual(await check('/* c */ ATTACH \'/tmp/x.db\''), { kind: 'statement', what: 'ATTACH statement' });
  assert.deepEqual(await check("SELECT 1; COPY current TO '/tmp/x.csv'"), { kind: 'statements', what: '2 statements' });
  assert.deepEqual(await check('SELECT 1; SELECT 2; SELECT 3'), { kind: 'statements', what: '3 statements' });
  assert.deepEqual(await check('-- nothing'), { kind: 'statements', what: 'an empty query' });
  assert.equal((await check('PIVOT current ON region USING sum(amount)'))?.kind, 'dynamic-pivot');
});

test('a syntax error comes back with DuckDB\'s message and position', async () => {
  const refusal = await check('SELECT *\nFROM current WHERE');
  assert.equal(refusal?.kind, 'syntax');
  assert.match(refusal!.detail!, /syntax error at end of input/);
  assert.equal(refusal?.offset, 'SELECT *\nFROM current WHERE'.length);
});
