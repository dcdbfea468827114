// Every operation, and SQL steps, give equal tables on the arquero and duckdb engines; under
// duckdb each operation step really runs as SQL (told through the engine's onOperation), so a
// translation that falls back to Arquero fails here. Rows are compared in order: the SQL keeps
// Arquero's row order (dedupe's first row, join and union order, group order).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ColumnTable } from 'arquero';
import type { StepConfig } from '../../../src/config/types.js';
import { ArqueroEngine } from '../../../src/engine/arquero/arquero-engine.js';
import { DuckDbEngine, type OperationRun } from '../../../src/engine/duckdb/duckdb-engine.js';
import type { Engine, ReadonlyTables } from '../../../src/engine/engine.js';
import { OPERATIONS } from '../../../src/operations/operations.js';
import { assertTablesEqual } from './assert-tables-equal.js';
import { CASES, orders, tables } from './equivalence-cases.js';

const sql = (text: string, params: Record<string, unknown> = {}): StepConfig => ({ kind: 'sql', sql: text, params });

const SQL_CASES: [string, StepConfig, boolean?][] = [
  ['sql join with a bound parameter', sql('SELECT o.*, c.region FROM current o JOIN customers c USING (customer_id) WHERE o.amount > $min', { min: 6 })],
  ['sql aggregate (BIGINT counts, DECIMAL sums, DATE)', sql("SELECT quarter, count(*) AS n, sum(amount)::DECIMAL(12,2) AS total, DATE '2024-01-31' AS day FROM current GROUP BY quarter")],
  ['sql union of two tables', sql('SELECT * FROM current UNION ALL SELECT quarter, paid, order_id, customer_id, amount FROM more')],
  ['sql window with order', sql('SELECT order_id, sum(amount) OVER (ORDER BY order_id, amount ROWS UNBOUNDED PRECEDING) AS running FROM current ORDER BY order_id, amount'), true],
];

async function run<T>(engine: Engine<T>, input: ColumnTable, step: StepConfig): Promise<ColumnTable> {
  const named = new Map<string, T>(Object.entries(tables).map(([name, table]) => [name, engine.fromArquero(table)]));
  const available: ReadonlyTables<T> = { get: (n) => named.get(n)!, has: (n) => named.has(n), names: () => [...named.keys()] };
  const out = await engine.applyStep(engine.fromArquero(input), step, { node: 'n', stepIndex: 1, tables: available, functions: new Map(), signal: new AbortController().signal });
  return engine.toArquero(out);
}

test('the equivalence cases cover every operation, and each runs as SQL in several variants', () => {
  for (const name of Object.keys(OPERATIONS)) {
    const variants = CASES.filter((c) => c.step.kind === 'operation' && c.step.operation === name && !c.arquero);
    assert.ok(variants.length >= (name === 'select' || name === 'drop' || name === 'rename' ? 1 : 2), `too few SQL variants for ${name}`);
  }
  for (const how of ['inner', 'left', 'right', 'full']) {
    assert.ok(CASES.filter((c) => c.step.kind === 'operation' && c.step.params.how === how).length >= 3, `join ${how}`);
  }
});

for (const { label, step, input, arquero } of CASES) {
  test(`arquero and duckdb give equal tables, duckdb running ${arquero ? 'on Arquero' : 'SQL'}: ${label}`, async () => {
    const runs: OperationRun[] = [];
    const duckdb = new DuckDbEngine({ onOperation: (event) => runs.push(event) });
    try {
      const a = await run(new ArqueroEngine(), input ?? orders, step);
      const d = await run(duckdb, input ?? orders, step);
      assert.ok(a.numRows() > 0, 'a case that checks something');
      assert.deepEqual(runs.map((r) => r.ranAs), [arquero ? 'arquero' : 'sql'], `${label}: how the step ran (${runs.map((r) => r.reason).join(', ')})`);
      assertTablesEqual(d, a, { ordered: true, label });
    } finally {
      await duckdb.close();
    }
  });
}

for (const [label, step, ordered] of SQL_CASES) {
  test(`arquero and duckdb give equal tables: ${label}`, async () => {
    const duckdb = new DuckDbEngine();
    try {
      const a = await run(new ArqueroEngine(), orders, step);
      const d = await run(duckdb, orders, step);
      assert.ok(a.numRows() > 0, 'a case that checks something');
      assertTablesEqual(d, a, { ordered: ordered ?? false, label });
    } finally {
      await duckdb.close();
    }
  });
}
