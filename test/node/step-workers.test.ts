import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { OdibiError } from '../../src/errors.js';
import { applyStep } from '../../src/engine/arquero/apply-step.js';
import type { ReadonlyTables } from '../../src/engine/engine.js';
import { loadFunctions } from '../../src/manager/load-functions.js';
import { StepWorkers } from '../../src/node/step-workers.js';

const FIXTURE = path.resolve('test/fixtures/functions/contained.ts');
const none: ReadonlyTables<ColumnTable> = { get: (): never => { throw new Error('none'); }, has: () => false, names: () => [] };
const prices = aq.table({ id: [1, 2], price: [10, 20] });
const withPrices: ReadonlyTables<ColumnTable> = { get: () => prices, has: (n) => n === 'prices', names: () => ['prices'] };

test('a step gives the same table, or the same error, in a worker as in this thread', async () => {
  const functions = await loadFunctions([FIXTURE]);
  const workers = new StepWorkers();
  const input = aq.table({ id: [1, 2, 3], s: ['x', 'yy', null], when: [new Date(0), null, new Date(86_400_000)] });
  const cases: [Parameters<typeof applyStep>[1], ReadonlyTables<ColumnTable>][] = [
    [{ kind: 'operation', operation: 'derive', params: { columns: { n: 'd => op.length(d.s) * 2', y: "d => op.replace(d.s, /y+/, 'Y')" } } }, none],
    [{ kind: 'operation', operation: 'aggregate', params: { aggregates: { total: 'd => op.sum(d.id)' } } }, none],
    [{ kind: 'operation', operation: 'join', params: { right: 'prices', on: 'id' } }, withPrices],
    [{ kind: 'function', function: 'withPrices', params: {} }, withPrices],
    [{ kind: 'operation', operation: 'filter', params: { expr: 'd => d.missing > 1' } }, none],
    [{ kind: 'function', function: 'boom', params: {} }, none],
  ];
  try {
    for (const [step, tables] of cases) {
      const ctx = { node: 'n', stepIndex: 2, tables, functions, signal: new AbortController().signal };
      const isolation = workers.isolation('n', 2, functions, ctx.signal);
      assert.equal(isolation.canRun(step), true);
      const here = await applyStep(input, step, ctx).catch((e: unknown) => e);
      const there = await isolation.run(input, step, tables).catch((e: unknown) => e);
      if (here instanceof Error) {
        assert.ok(there instanceof OdibiError, `${JSON.stringify(step)} fails there too`);
        assert.deepEqual([there.code, there.message, there.hint, there.location], [(here as OdibiError).code, here.message, (here as OdibiError).hint, (here as OdibiError).location]);
      } else {
        assert.deepEqual((there as ColumnTable).objects(), (here as ColumnTable).objects(), JSON.stringify(step));
      }
    }
  } finally {
    await workers.close();
  }
});

test('a worker is reused by the next step, and terminated when the signal aborts', async () => {
  const functions = await loadFunctions([FIXTURE]);
  const workers = new StepWorkers();
  try {
    const step = { kind: 'function' as const, function: 'whereRan', params: {} };
    const first = await workers.isolation('n', 1, functions, new AbortController().signal).run(aq.table({}), step, none);
    assert.deepEqual(first.objects(), [{ mainThread: false }]);
    assert.equal(workers.size, 1);
    await workers.isolation('n', 2, functions, new AbortController().signal).run(aq.table({}), step, none);
    assert.equal(workers.size, 1, 'the idle worker took the second step');
    const stop = new AbortController();
    const spinning = workers.isolation('n', 3, functions, stop.signal).run(aq.table({ x: [1] }), { kind: 'function', function: 'spin', params: {} }, none);
    setTimeout(() => stop.abort(new Error('the deadline passed')), 200);
    await assert.rejects(spinning, (e: OdibiError) => e.code === 'NODE_TIMEOUT' && /step 3 was stopped: the deadline passed/.test(e.message));
    assert.equal(workers.size, 0, 'the spinning worker was terminated');
  } finally {
    await workers.close();
  }
});

test('what cannot move stays here: functions made in code, params holding functions, SQL', async () => {
  const workers = new StepWorkers();
  const mine = new Map([['mine', (t: ColumnTable) => t]]);
  const isolation = workers.isolation('n', 1, mine, new AbortController().signal);
  assert.equal(isolation.canRun({ kind: 'function', function: 'mine', params: {} }), false);
  assert.equal(isolation.canRun({ kind: 'operation', operation: 'filter', params: { expr: '(d, $) => $.f()', vars: { f: () => 1 } } }), false);
  assert.equal(isolation.canRun({ kind: 'sql', sql: 'SELECT 1', params: {} }), false);
  assert.equal(workers.size, 0);
});
