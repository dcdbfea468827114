// Seeded random expressions in derive and filter steps give equal tables on both engines, in
// order; most of them run as SQL on the duckdb engine (the others fall back to Arquero).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { StepConfig } from '../../../src/config/types.js';
import { ArqueroEngine } from '../../../src/engine/arquero/arquero-engine.js';
import { DuckDbEngine, type OperationRun } from '../../../src/engine/duckdb/duckdb-engine.js';
import type { Engine, ReadonlyTables } from '../../../src/engine/engine.js';
import { assertTablesEqual } from './assert-tables-equal.js';
import { aggregates, expressionData, expressions, groupedData } from './expression-arbitrary.js';

const none: ReadonlyTables<never> = { get: (): never => { throw new Error('none'); }, has: () => false, names: () => [] };
const ctx = { node: 'n', stepIndex: 1, tables: none, functions: new Map(), signal: new AbortController().signal };

async function apply<T>(engine: Engine<T>, step: StepConfig, data = expressionData) {
  return engine.toArquero(await engine.applyStep(engine.fromArquero(data), step, ctx as never));
}

test('random expressions: derive and filter give the same tables on both engines, most of them as SQL', async () => {
  const runs: OperationRun[] = [];
  const duckdb = new DuckDbEngine({ onOperation: (run) => runs.push(run) });
  const arquero = new ArqueroEngine();
  const sources = [
    ...fc.sample(expressions.n, { numRuns: 40, seed: 21 }),
    ...fc.sample(expressions.s, { numRuns: 25, seed: 22 }),
    ...fc.sample(expressions.b, { numRuns: 40, seed: 23 }),
  ];
  try {
    for (const [i, expr] of sources.entries()) {
      const steps: StepConfig[] = [{ kind: 'operation', operation: 'derive', params: { columns: { out: expr }, vars: { k: 3 } } }];
      if (i >= 65) steps.push({ kind: 'operation', operation: 'filter', params: { expr, vars: { k: 3 } } });
      for (const step of steps) {
        const expected = await apply(arquero, step);
        const actual = await apply(duckdb, step);
        assertTablesEqual(actual, expected, { ordered: true, label: `${step.kind === 'operation' ? step.operation : ''} ${expr} (${runs.at(-1)?.sql ?? runs.at(-1)?.reason})` });
      }
    }
  } finally {
    await duckdb.close();
  }
  const asSql = runs.filter((r) => r.ranAs === 'sql').length;
  assert.ok(asSql >= runs.length * 0.7, `${asSql} of ${runs.length} steps ran as SQL`);
});

test('random aggregate expressions: aggregate, pivot and impute give the same tables on both engines, most as SQL', async () => {
  const runs: OperationRun[] = [];
  const duckdb = new DuckDbEngine({ onOperation: (run) => runs.push(run) });
  const arquero = new ArqueroEngine();
  try {
    // Without / ** and exp: Arquero's running mean and variance of several infinities is NaN, DuckDB's the infinity.
    const finite = fc.sample(aggregates, { numRuns: 80, seed: 24 }).filter((e) => !/\/|\*\*|exp/.test(e)).slice(0, 45);
    assert.equal(finite.length, 45);
    for (const [i, expr] of finite.entries()) {
      const group = [undefined, ['g'], ['g', 'k']][i % 3];
      const steps: StepConfig[] = [{ kind: 'operation', operation: 'aggregate', params: { ...(group && { group_by: group }), aggregates: { out: expr }, vars: { k: 3 } } }];
      if (i % 2 === 0) steps.push({ kind: 'operation', operation: 'pivot', params: { ...(group && { group_by: ['g'] }), key: i % 4 === 0 ? 'k' : 'b', value: expr, vars: { k: 3 } } });
      if (i % 3 === 0) steps.push({ kind: 'operation', operation: 'impute', params: { expressions: { n1: expr } } });
      for (const step of steps) {
        const expected = await apply(arquero, step, groupedData).catch(() => undefined);
        if (!expected) {
          await assert.rejects(apply(duckdb, step, groupedData), `${expr}: fails on Arquero, so on duckdb too`);
          continue;
        }
        const actual = await apply(duckdb, step, groupedData);
        assertTablesEqual(actual, expected, { ordered: true, label: `${step.kind === 'operation' ? step.operation : ''} ${expr} (${runs.at(-1)?.sql ?? runs.at(-1)?.reason})` });
      }
    }
  } finally {
    await duckdb.close();
  }
  const asSql = runs.filter((r) => r.ranAs === 'sql').length;
  assert.ok(asSql >= runs.length * 0.6, `${asSql} of ${runs.length} steps ran as SQL`);
});
