import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { applyStep } from '../../../src/engine/arquero/apply-step.js';
import type { FunctionContext, TransformFunction } from '../../../src/engine/engine.js';
import { OdibiError } from '../../../src/errors.js';
import { tablesOf } from './ops/run-op.js';

const input = aq.table({ x: [1, 2, 3] });
const other = aq.table({ y: [9] });

function ctx(functions: Record<string, TransformFunction>, signal = new AbortController().signal) {
  return { node: 'shape', stepIndex: 3, tables: tablesOf({ other }), functions: new Map(Object.entries(functions)), signal };
}

test('a function step gets the table, the params, the node, the other tables and the signal', async () => {
  let seen: FunctionContext | undefined;
  const times: TransformFunction = (table, params, fc) => {
    seen = fc;
    return table.params({ k: params.k }).derive({ x: (d: any, $: any) => d.x * $.k });
  };
  const out = await applyStep(input, { kind: 'function', function: 'times', params: { k: 10 } }, ctx({ times }));
  assert.deepEqual(Array.from(out.array('x') as ArrayLike<number>), [10, 20, 30]);
  assert.equal(seen?.node, 'shape');
  assert.equal(seen?.tables.get('other'), other);
  assert.ok(seen?.signal instanceof AbortSignal);
});

test('an async function step is awaited', async () => {
  const later: TransformFunction = async (table) => table.filter((d: any) => d.x > 1);
  assert.equal((await applyStep(input, { kind: 'function', function: 'later', params: {} }, ctx({ later }))).numRows(), 2);
});

test('an unknown function is CONFIG_UNKNOWN_FUNCTION with did-you-mean', async () => {
  await assert.rejects(applyStep(input, { kind: 'function', function: 'tims', params: {} }, ctx({ times: (t) => t })), (e: unknown) => {
    assert.ok(e instanceof OdibiError);
    assert.equal(e.code, 'CONFIG_UNKNOWN_FUNCTION');
    assert.match(e.message, /node "shape", step 3 \(tims\)/);
    assert.match(e.hint ?? '', /did you mean "times"/);
    return true;
  });
});

test('a function that throws is NODE_FUNCTION with the cause kept', async () => {
  const boom = new Error('boom');
  const fails: TransformFunction = () => { throw boom; };
  await assert.rejects(applyStep(input, { kind: 'function', function: 'fails', params: {} }, ctx({ fails })), (e: unknown) => {
    assert.ok(e instanceof OdibiError);
    assert.equal(e.code, 'NODE_FUNCTION');
    assert.match(e.message, /node "shape", step 3 \(fails\): function "fails" threw: boom/);
    assert.equal(e.cause, boom);
    assert.equal(e.location.step, 3);
    return true;
  });
});

test('a function that returns something else than a table is NODE_FUNCTION', async () => {
  const wrong = (() => [1, 2]) as unknown as TransformFunction;
  await assert.rejects(applyStep(input, { kind: 'function', function: 'wrong', params: {} }, ctx({ wrong })), (e: unknown) => e instanceof OdibiError && e.code === 'NODE_FUNCTION' && /not an Arquero table/.test(e.message));
});

test('SQL steps run in DuckDB over the input table as current', async () => {
  const out = await applyStep(input, { kind: 'sql', sql: 'SELECT count(*) AS n FROM current', params: {} }, ctx({}));
  assert.deepEqual(out.objects(), [{ n: input.numRows() }]);
});

test('an unexpected failure inside an operation is ENGINE_STEP naming node, step and operation', async () => {
  const broken = aq.table({ x: [1] }) as ColumnTable & { params: unknown };
  const internal = new Error('internal failure');
  broken.params = () => { throw internal; };
  await assert.rejects(applyStep(broken, { kind: 'operation', operation: 'filter', params: { expr: 'd.x > 0' } }, ctx({})), (e: unknown) => {
    assert.ok(e instanceof OdibiError);
    assert.equal(e.code, 'ENGINE_STEP');
    assert.match(e.message, /node "shape", step 3 \(filter\) failed: internal failure/);
    assert.equal(e.cause, internal);
    assert.deepEqual([e.location.node, e.location.step, e.location.operation], ['shape', 3, 'filter']);
    return true;
  });
});

test('an aborted signal stops before the step runs', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(applyStep(input, { kind: 'operation', operation: 'limit', params: { n: 1 } }, ctx({}, controller.signal)));
});
