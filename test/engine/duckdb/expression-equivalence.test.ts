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
import { expressionData, expressions } from './expression-arbitrary.js';

const none: ReadonlyTables<never> = { get: (): never => { throw new Error('none'); }, has: () => false, names: () => [] };
const ctx = { node: 'n', stepIndex: 1, tables: none, functions: new Map(), signal: new AbortController().signal };

async function apply<T>(engine: Engine<T>, step: StepConfig) {
  return engine.toArquero(await engine.applyStep(engine.fromArquero(expressionData), step, ctx as never));
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
