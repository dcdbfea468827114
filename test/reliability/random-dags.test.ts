// Property tests: random DAGs with failures, flaky and slow nodes, under every strategy and
// several max_concurrency values, on the virtual clock. A failing case prints fast-check's seed
// and the shrunk DAG; replay it with FC_SEED=<seed> FC_PATH=<path>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Strategy } from '../../src/config/types.js';
import { PipelineResults } from '../../src/results/pipeline-results.js';
import { checkFailFast, checkRunInvariants } from '../helpers/check-run-invariants.js';
import { dagArbitrary, type Dag } from '../helpers/random-dag.js';
import { runDag } from '../helpers/run-dag.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/pipeline-results.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const RUNS_PER_STRATEGY = Number(process.env.ODIBI_PROPERTY_RUNS ?? 170);
const replay = process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {};
const STRATEGIES: Strategy[] = ['sequential', 'layers', 'dynamic'];

for (const strategy of STRATEGIES) {
  test(`${RUNS_PER_STRATEGY} random DAGs under ${strategy}: statuses, root causes, ordering, concurrency, schema, determinism`, async () => {
    await fc.assert(
      fc.asyncProperty(dagArbitrary([strategy], [1, 2, 3, 5, 8, 64]), async (dag: Dag) => {
        const run = await runDag(dag);
        checkRunInvariants(dag, run);
        const json = JSON.parse(JSON.stringify(run.results));
        assert.equal(validate(json), true, `results JSON fails the schema: ${JSON.stringify(validate.errors)}`);
        assert.deepEqual(PipelineResults.fromJSON(json).toJSON(), run.results.toJSON(), 'results round-trip through JSON');
        const again = await runDag(dag);
        assert.deepEqual(statusesAndStarts(again), statusesAndStarts(run), 'the same seed gives the same statuses and start times');
      }),
      { numRuns: RUNS_PER_STRATEGY, ...replay },
    );
  });
}

function statusesAndStarts(run: Awaited<ReturnType<typeof runDag>>): string[] {
  return run.results.nodeResults.map((n) => `${n.name}:${n.status}:${n.startOffsetMs ?? '-'}:${n.attempts.length}`);
}

test('fail_fast on random DAGs: after the first failure nothing new starts, and whatever did not start is skipped', async () => {
  await fc.assert(
    fc.asyncProperty(dagArbitrary(STRATEGIES, [1, 2, 4, 64]).map((dag) => ({ ...dag, failFast: true })), async (dag: Dag) => {
      checkFailFast(await runDag(dag));
    }),
    { numRuns: Number(process.env.ODIBI_FAIL_FAST_RUNS ?? 90), ...replay },
  );
});

test('a wide fan (one root, w children of equal cost): peak running = min(limit, w); 1 under sequential', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...STRATEGIES), fc.integer({ min: 1, max: 30 }),
      async (width, limit, strategy, delayMs) => {
        const children = Array.from({ length: width }, (_, i) => ({ name: `c${i}`, deps: ['root'], delayMs, fault: 'none' as const, failTimes: 1, maxAttempts: 1 }));
        const dag: Dag = { strategy, maxConcurrency: limit, seed: 0, nodes: [{ name: 'root', deps: [], delayMs, fault: 'none', failTimes: 1, maxAttempts: 1 }, ...children] };
        const run = await runDag(dag);
        const peak = checkRunInvariants(dag, run);
        assert.equal(peak, strategy === 'sequential' ? 1 : Math.min(limit, width));
        assert.equal(run.results.completed.length, width + 1);
      },
    ),
    { numRuns: 60, ...replay },
  );
});

test('the invariant checker catches a wrong result (it can fail)', async () => {
  const dag: Dag = { strategy: 'dynamic', maxConcurrency: 2, seed: 0, nodes: [
    { name: 'a', deps: [], delayMs: 0, fault: 'fail', failTimes: 1, maxAttempts: 1 },
    { name: 'b', deps: ['a'], delayMs: 0, fault: 'none', failTimes: 1, maxAttempts: 1 },
  ] };
  const run = await runDag(dag);
  checkRunInvariants(dag, run);
  const b = run.results.nodeResults[1]!;
  b.status = 'success';
  assert.throws(() => checkRunInvariants(dag, run), /listed as skipped|skipped/);
});

test('the concurrency checks can fail: above the limit, and an idle slot while a node could start', async () => {
  const fan = (limit: number): Dag => ({ strategy: 'dynamic', maxConcurrency: limit, seed: 0, nodes: ['a', 'b', 'c'].map((name) => (
    { name, deps: [], delayMs: 10, fault: 'none' as const, failTimes: 1, maxAttempts: 1 })) });
  const two = await runDag(fan(2));
  assert.throws(() => checkRunInvariants(fan(1), two), /above the limit 1/);
  const one = await runDag(fan(1));
  assert.throws(() => checkRunInvariants(fan(2), one), /could start but only 1 of 2 slots are busy/);
});
