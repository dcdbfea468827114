// Every operation, and SQL steps, give equal tables on the arquero and duckdb engines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { StepConfig } from '../../../src/config/types.js';
import { ArqueroEngine } from '../../../src/engine/arquero/arquero-engine.js';
import { DuckDbEngine } from '../../../src/engine/duckdb/duckdb-engine.js';
import type { Engine, ReadonlyTables } from '../../../src/engine/engine.js';
import { OPERATIONS } from '../../../src/operations/operations.js';
import { assertTablesEqual } from './assert-tables-equal.js';

const orders = aq.table({
  order_id: [1, 2, 3, 4, 4, 5],
  customer_id: [10, 20, 10, 30, 30, null],
  amount: [5.5, 50, 20.25, null, null, 7],
  quarter: ['q1', 'q2', 'q1', 'q2', 'q2', 'q1'],
});
const customers = aq.table({ customer_id: [10, 20, 40], region: ['north', 'south', 'east'] });
const more = aq.table({ order_id: [9], customer_id: [40], amount: [1.25], quarter: ['q3'] });
const wide = aq.table({ id: [1, 2], q1: [3, 4], q2: [5, null] });

const op = (operation: string, params: Record<string, unknown>): StepConfig => ({ kind: 'operation', operation, params });
const sql = (text: string, params: Record<string, unknown> = {}): StepConfig => ({ kind: 'sql', sql: text, params });

const CASES: [string, StepConfig, ColumnTable?, boolean?][] = [
  ['aggregate', op('aggregate', { group_by: ['quarter'], aggregates: { n: 'd => op.count()', total: 'd => op.sum(d.amount)', avg: 'd => op.mean(d.amount)' } })],
  ['dedupe', op('dedupe', { columns: ['order_id'] })],
  ['derive', op('derive', { columns: { double: 'd => d.amount * 2', big: 'd => d.amount > 10' } })],
  ['drop', op('drop', { columns: ['quarter'] })],
  ['filter', op('filter', { expr: 'd => d.amount > 6' })],
  ['filter with nulls, a param, a ternary and op.lower (as SQL)', op('filter', { expr: "(d, $) => d.customer_id !== null && (d.amount === null || d.amount >= $.min) && (op.lower(d.quarter) === 'q1' ? true : d.order_id < 4)", vars: { min: 7 } })],
  ['filter outside the translated part (on Arquero)', op('filter', { expr: "d => op.startswith(d.quarter, 'q1')" })],
  ['impute', op('impute', { values: { customer_id: 0 }, expressions: { amount: 'd => op.median(d.amount)' } })],
  ['join', op('join', { with: 'customers', on: ['customer_id'], how: 'left' })],
  ['limit', op('limit', { n: 2 })],
  ['orderby', op('orderby', { by: ['quarter', { column: 'order_id', desc: true }] }), undefined, true],
  ['pivot', op('pivot', { group_by: ['customer_id'], key: 'quarter', value: 'd => op.sum(d.amount)' })],
  ['rename', op('rename', { columns: { customer_id: 'cust_id' } })],
  ['select', op('select', { columns: ['order_id', 'amount'] })],
  ['union', op('union', { with: ['more'], distinct: false })],
  ['unpivot', op('unpivot', { columns: ['q1', 'q2'], key_name: 'quarter', value_name: 'amount' }), wide],
  ['sql join with a bound parameter', sql('SELECT o.*, c.region FROM current o JOIN customers c USING (customer_id) WHERE o.amount > $min', { min: 6 })],
  ['sql aggregate (BIGINT counts, DECIMAL sums, DATE)', sql("SELECT quarter, count(*) AS n, sum(amount)::DECIMAL(12,2) AS total, DATE '2024-01-31' AS day FROM current GROUP BY quarter")],
  ['sql union of two tables', sql('SELECT * FROM current UNION ALL SELECT * FROM more')],
  ['sql window with order', sql('SELECT order_id, sum(amount) OVER (ORDER BY order_id ROWS UNBOUNDED PRECEDING) AS running FROM current ORDER BY order_id'), undefined, true],
];

async function run<T>(engine: Engine<T>, input: ColumnTable, step: StepConfig): Promise<ColumnTable> {
  const named = new Map<string, T>([['customers', engine.fromArquero(customers)], ['more', engine.fromArquero(more)]]);
  const tables: ReadonlyTables<T> = { get: (n) => named.get(n)!, has: (n) => named.has(n), names: () => [...named.keys()] };
  const out = await engine.applyStep(engine.fromArquero(input), step, { node: 'n', stepIndex: 1, tables, functions: new Map(), signal: new AbortController().signal });
  return engine.toArquero(out);
}

test('the equivalence cases cover every operation', () => {
  const covered = new Set(CASES.map(([, step]) => (step.kind === 'operation' ? step.operation : 'sql')));
  for (const name of Object.keys(OPERATIONS)) assert.ok(covered.has(name), `no equivalence case for ${name}`);
});

for (const [label, step, input, ordered] of CASES) {
  test(`arquero and duckdb give equal tables: ${label}`, async () => {
    const duckdb = new DuckDbEngine();
    try {
      const a = await run(new ArqueroEngine(), input ?? orders, step);
      const d = await run(duckdb, input ?? orders, step);
      assert.ok(a.numRows() > 0, 'a case that checks something');
      assertTablesEqual(d, a, { ordered: ordered ?? false, label });
    } finally {
      await duckdb.close();
    }
  });
}
