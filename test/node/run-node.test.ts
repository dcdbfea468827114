import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import { seededRandom } from '../../src/clock/seeded-random.js';
import { Context } from '../../src/context/context.js';
import type { TransformFunction } from '../../src/engine/engine.js';
import { runNode } from '../../src/node/run-node.js';
import type { NodeRunEnv } from '../../src/node/node-run-env.js';
import { FakeEngine, fakeConnection, type FakeTable } from '../helpers/fake-engine.js';
import { node, op } from '../helpers/node-config.js';

function env(extra: Partial<NodeRunEnv<FakeTable>> = {}): NodeRunEnv<FakeTable> & { engine: FakeEngine } {
  const clock = (extra.clock as VirtualClock | undefined) ?? new VirtualClock();
  const engine = new FakeEngine(clock);
  return {
    pipeline: 'p', engine, connections: { data: fakeConnection() }, context: new Context(engine, () => clock.monotonic()),
    functions: new Map(), clock, random: seededRandom(1), maxSampleRows: 1, origin: 0, layer: 0, ...extra,
  } as NodeRunEnv<FakeTable> & { engine: FakeEngine };
}

const write = { connection: 'data', path: 'out.csv', format: 'csv' as const, mode: 'overwrite' as const, options: {} };
const retry = (maxAttempts: number, backoff: 'exponential' | 'linear' | 'constant' = 'exponential') =>
  ({ maxAttempts, backoff, initialDelayMs: 100, maxDelayMs: 30_000, jitter: false });

test('read -> steps -> write, registered in the context, with stats and sample', async () => {
  const e = env();
  const n = node('orders', [], { steps: [op('set', { column: 'x', value: 1 })], write });
  const { result, table } = await runNode(n, e);
  assert.equal(result.status, 'success');
  assert.equal(result.rowsIn, 2);
  assert.equal(result.rowsOut, 2);
  assert.deepEqual(result.schema, { id: 'number', x: 'number' });
  assert.deepEqual(result.sample, [{ id: 1, x: 1 }]);
  assert.equal(result.steps.length, 1);
  assert.equal(result.steps[0]!.operation, 'set');
  assert.equal(result.attempts.length, 1);
  assert.deepEqual(e.context.get('orders'), table);
  assert.equal(e.engine.writes.length, 1);
});

test('transform input is the first dependency when the node does not read; others by name', async () => {
  const e = env();
  e.context.register('a', { rows: [{ v: 1 }] });
  e.context.register('b', { rows: [{ v: 2 }, { v: 3 }] });
  const { result, table } = await runNode(node('c', ['a', 'b'], { steps: [op('union', { with: 'b' })] }), e);
  assert.equal(result.status, 'success');
  assert.deepEqual(table?.rows, [{ v: 1 }, { v: 2 }, { v: 3 }]);
  const bad = await runNode(node('d', ['a'], { steps: [op('union', { with: 'b' })] }), e);
  assert.equal(bad.result.error?.code, 'ENGINE_UNKNOWN_TABLE');
  assert.match(bad.result.error!.message, /not one of its dependencies/);
  assert.equal(bad.result.error?.step, 1);
});

test('a failed validation fails the node before writing, and is not retried', async () => {
  const e = env();
  const n = node('orders', [], { steps: [op('set', { column: 'amount', value: null })], validation: { notEmpty: true, noNulls: ['amount'], unique: [] }, write, retry: retry(3) });
  const { result } = await runNode(n, e);
  assert.equal(result.status, 'failed');
  assert.equal(result.error?.code, 'NODE_VALIDATION');
  assert.match(result.error!.message, /2 null\(s\) in amount/);
  assert.deepEqual(result.validation.map((v) => [v.rule, v.passed]), [['not_empty', true], ['no_nulls:amount', false]]);
  assert.equal(result.attempts.length, 1);
  assert.equal(e.engine.writes.length, 0);
  assert.equal(e.context.has('orders'), false);
});

test('retries flaky attempts with exponential delays on the virtual clock', async () => {
  const e = env({ injection: { failTimes: 3 } });
  const retries: number[] = [];
  e.onRetry = (_a, delay) => retries.push(delay);
  const { result } = await runNode(node('a', [], { retry: retry(4) }), e);
  assert.equal(result.status, 'success');
  assert.deepEqual(retries, [100, 200, 400]);
  assert.deepEqual(result.attempts.map((a) => a.startOffsetMs), [0, 100, 300, 700]);
  assert.deepEqual(result.attempts.map((a) => a.error?.code), ['NODE_INJECTED', 'NODE_INJECTED', 'NODE_INJECTED', undefined]);
  assert.equal(result.durationMs, 700);
});

test('linear and constant backoff; gives up after max_attempts with the last error', async () => {
  for (const [backoff, starts] of [['linear', [0, 100, 300]], ['constant', [0, 100, 200]]] as const) {
    const { result } = await runNode(node('a', [], { retry: retry(3, backoff) }), env({ injection: 'fail' }));
    assert.equal(result.status, 'failed');
    assert.deepEqual(result.attempts.map((a) => a.startOffsetMs), starts);
    assert.equal(result.error?.code, 'NODE_INJECTED');
  }
});

test('operation errors are not retried; function errors are', async () => {
  const e1 = env();
  const r1 = await runNode(node('a', [], { steps: [op('boom')], retry: retry(3) }), e1);
  assert.equal(r1.result.attempts.length, 1);
  assert.equal(r1.result.error?.code, 'ENGINE_STEP');
  assert.equal(r1.result.error?.operation, 'boom');
  let calls = 0;
  const flaky: TransformFunction = (t) => {
    if (++calls < 2) throw new Error('remote hiccup');
    return t;
  };
  const e2 = env({ functions: new Map([['flaky', flaky]]) });
  const r2 = await runNode(node('a', [], { steps: [{ kind: 'function', function: 'flaky', params: {} }], retry: retry(3) }), e2);
  assert.equal(r2.result.status, 'success');
  assert.equal(r2.result.attempts[0]!.error?.code, 'NODE_FUNCTION');
  assert.match(r2.result.attempts[0]!.error!.message, /remote hiccup/);
});

test('timeout applies per attempt; a never-settling attempt is ended and its late rejection recorded', async () => {
  const clock = new VirtualClock();
  const e = env({ clock });
  const n = node('slow', [], { steps: [op('hang')], timeoutMs: 50, retry: retry(2, 'constant') });
  const { result } = await runNode(n, e);
  assert.equal(result.status, 'failed');
  assert.equal(result.error?.code, 'NODE_TIMEOUT');
  assert.match(result.error!.message, /attempt 2 timed out after 50 ms/);
  assert.deepEqual(result.attempts.map((a) => [a.startOffsetMs, a.durationMs]), [[0, 50], [150, 50]]);
  await new Promise((r) => setImmediate(r));
  assert.match(result.attempts[0]!.lateError!.message, /hang aborted/);
});

test('a delay longer than the timeout times out, a shorter one passes', async () => {
  const slow = await runNode(node('a', [], { timeoutMs: 100 }), env({ injection: { delayMs: 150 } }));
  assert.equal(slow.result.error?.code, 'NODE_TIMEOUT');
  const ok = await runNode(node('a', [], { timeoutMs: 100 }), env({ injection: { delayMs: 60 } }));
  assert.equal(ok.result.status, 'success');
  assert.equal(ok.result.durationMs, 60);
});

test('an unknown connection and a missing input are clear errors', async () => {
  const r1 = await runNode(node('a', [], { read: { connection: 'lake', path: 'x', format: 'csv', options: {} } }), env());
  assert.equal(r1.result.error?.code, 'CONNECTION_NOT_FOUND');
  assert.match(r1.result.error!.message, /"lake".*available: data/);
  const r2 = await runNode({ ...node('b'), read: undefined }, env());
  assert.equal(r2.result.error?.code, 'NODE_NO_INPUT');
});
