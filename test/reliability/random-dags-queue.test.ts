// The random-DAG property test against the queue executor: random graphs x random failures x
// strategies, each a pipeline of one project, run on three real `odibi worker` processes through
// a real Redis, on the real clock. Every invariant of the in-process test holds but the one about
// idle slots (time passes between a node's end and the next start on a real clock).
// Fewer graphs than in process (ODIBI_QUEUE_PROPERTY_RUNS, default 8); replay one with FC_SEED=<seed>.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Strategy } from '../../src/config/types.js';
import { PipelineManager } from '../../src/manager/pipeline-manager.js';
import type { RunEvent } from '../../src/pipeline/events.js';
import { checkFailFast, checkRunInvariants } from '../helpers/check-run-invariants.js';
import { dagArbitrary, dagInjections, type Dag } from '../helpers/random-dag.js';
import type { DagRun, TimedEvent } from '../helpers/run-dag.js';
import { startRedis, type TestRedis } from '../helpers/redis-server.js';
import { startWorker, stopWorkers, type TestWorker } from '../helpers/queue-worker.js';

const RUNS = Number(process.env.ODIBI_QUEUE_PROPERTY_RUNS ?? 8);
const SEED = Number(process.env.FC_SEED ?? 20261203);
const STRATEGIES: Strategy[] = ['sequential', 'layers', 'dynamic'];
const schema = JSON.parse(readFileSync(new URL('../../schema/pipeline-results.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

const dags: Dag[] = fc.sample(dagArbitrary(STRATEGIES, [1, 2, 3, 5], 12), { seed: SEED, numRuns: RUNS });
const failFastDags: Dag[] = fc.sample(dagArbitrary(STRATEGIES, [2, 4], 10), { seed: SEED + 1, numRuns: 3 }).map((d) => ({ ...d, failFast: true }));

let redis: TestRedis;
let file: string;
const workers: TestWorker[] = [];

before(async () => {
  redis = await startRedis();
  file = writeProject([...dags, ...failFastDags], redis.url);
  workers.push(...(await Promise.all(['q1', 'q2', 'q3'].map((name) => startWorker(file, redis.url, name)))));
});

after(async () => {
  await stopWorkers(workers);
  await redis.stop();
});

test(`${RUNS} random DAGs on three workers: statuses, root causes, ordering, concurrency, schema`, async () => {
  const manager = await PipelineManager.fromYaml(file, { storyWriter: false, listeners: [(event) => heard.push({ at: performance.now(), event })] });
  const everyWorker = new Set<string | undefined>();
  for (const [i, dag] of dags.entries()) {
    const run = await runOne(manager, i, dag);
    try {
      checkRunInvariants(dag, run, { workConserving: false });
      const json = JSON.parse(JSON.stringify(run.results));
      assert.equal(validate(json), true, `results JSON fails the schema: ${JSON.stringify(validate.errors)}`);
      const ran = run.results.nodeResults.flatMap((n) => n.attempts.map((a) => a.worker));
      ran.forEach((w) => everyWorker.add(w));
      assert.ok(ran.every((w) => w !== undefined && ['q1', 'q2', 'q3'].includes(w)), `every attempt names its worker: ${ran.join(', ')}`);
    } catch (error) {
      throw new Error(`DAG ${i} (FC_SEED=${SEED}): ${JSON.stringify(dag)}\n${(error as Error).message}`, { cause: error });
    }
  }
  assert.ok(everyWorker.size >= 2, `the attempts were spread over the workers: ${[...everyWorker].join(', ')}`);
});

test('fail_fast on random DAGs on three workers: after the first failure nothing new starts, and whatever did not start is skipped', async () => {
  const manager = await PipelineManager.fromYaml(file, { storyWriter: false, listeners: [(event) => heard.push({ at: performance.now(), event })] });
  for (const [j, dag] of failFastDags.entries()) {
    checkFailFast(await runOne(manager, dags.length + j, dag));
  }
});

let heard: TimedEvent[] = [];

async function runOne(manager: PipelineManager, index: number, dag: Dag): Promise<DagRun> {
  heard = [];
  const results = await manager.run(`p${index}`, { inject: dagInjections(dag) });
  const events = heard.filter(({ event }) => 'pipeline' in event && (event as RunEvent & { pipeline: string }).pipeline === `p${index}`);
  return { results, events, layers: manager.get(`p${index}`).plan().layers };
}

/** One project, a pipeline per DAG: roots read a small CSV, every node filters its first input. */
function writeProject(all: readonly Dag[], redisUrl: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'odibi-queue-dags-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'one.csv'), 'x\n1\n2\n');
  const pipelines = all.map((dag, i) => {
    const nodes = dag.nodes.map((n) => {
      const read = n.deps.length === 0 ? ', read: { connection: data, path: one.csv }' : '';
      const deps = n.deps.length > 0 ? `, depends_on: [${n.deps.join(', ')}]` : '';
      return `      - { name: ${n.name}${deps}${read}, transform: { steps: [{ operation: filter, params: { expr: "d => d.x > 0" } }] }, retry: { max_attempts: ${n.maxAttempts}, backoff: exponential, initial_delay_ms: 5, max_delay_ms: 40 } }`;
    });
    return `  - pipeline: p${i}\n    strategy: ${dag.strategy}\n    max_concurrency: ${dag.maxConcurrency}\n    on_error: ${dag.failFast ? 'fail_fast' : 'fail_later'}\n    nodes:\n${nodes.join('\n')}`;
  });
  const file = join(dir, 'project.yaml');
  writeFileSync(file, `project: dags\nconnections:\n  data: { type: local, base_path: data }\nstory: { auto_generate: false }\nexecutor: { type: queue, redis: '${redisUrl}', queue: dags${process.pid}, lost_after_ms: 2000 }\npipelines:\n${pipelines.join('\n')}\n`);
  return file;
}
