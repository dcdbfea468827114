import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sqlTableNames } from '../../src/config/sql-table-names.js';

test('tables after FROM and JOIN, once each', () => {
  assert.deepEqual(sqlTableNames('SELECT o.*, c.region FROM raw_orders o JOIN raw_customers c USING (customer_id) LEFT JOIN raw_orders x ON true'), ['raw_orders', 'raw_customers']);
});

test('skips table functions, subqueries, CTE names, comments and strings', () => {
  const sql = `WITH big AS (SELECT * FROM current WHERE amount > $min), small AS (SELECT 1)
    SELECT * FROM big JOIN small ON true JOIN read_parquet('x.parquet') p ON true -- FROM hidden
    WHERE note <> 'from nowhere' AND id IN (SELECT id FROM "Quoted ""Name""")`;
  assert.deepEqual(sqlTableNames(sql), ['current', 'Quoted "Name"']);
});

test('FROM inside a function call is not a table; FROM inside a subquery is', () => {
  const sql = "SELECT EXTRACT(year FROM order_date) AS y, TRIM(BOTH ' ' FROM name) FROM current WHERE id IN (SELECT id FROM raw_orders) AND EXISTS ( WITH x AS (SELECT 1) SELECT * FROM x JOIN raw_customers ON true)";
  assert.deepEqual(sqlTableNames(sql), ['current', 'raw_orders', 'raw_customers']);
});

test('WITH names with a column list, MATERIALIZED or RECURSIVE are the query\'s own', () => {
  const sql = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r), m AS MATERIALIZED (SELECT 1) SELECT * FROM r JOIN m ON true JOIN raw ON true';
  assert.deepEqual(sqlTableNames(sql), ['raw']);
});

test('a file or a schema-qualified name is not a node name: the exact check refuses those', () => {
  assert.deepEqual(sqlTableNames('SELECT * FROM "in.csv" JOIN main.t1 ON true JOIN "/etc/passwd" ON true JOIN raw ON true'), ['raw']);
});
