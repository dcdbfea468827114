// The queue executor with real parts: Debian's redis-server on a free port, real `odibi worker`
// processes (sandboxed BullMQ processors), a scheduler in this process. Nothing is mocked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from '../../../src/cli/main.js';
import { PipelineManager } from '../../../src/manager/pipeline-manager.js';
import { captureIo } from '../../cli/capture-io.js';
import { applyRunEvent, type ProgressState } from '../../../src/notebook/progress-state.js';
import type { RunEvent } from '../../../src/pipeline/events.js';
import { workerAttempts } from '../../../src/results/worker-attempts.js';
import { buildStoryModel } from '../../../src/story/build-story-model.js';
import { renderMarkdown } from '../../../src/story/render-markdown.js';
import type { PipelineResults } from '../../../src/results/pipeline-results.js';
import { startRedis, type TestRedis } from '../../helpers/redis-server.js';
import { startWorker, stopWorkers, type TestWorker } from '../../helpers/queue-worker.js';
import { writeQueueProject, type QueueProject } from '../../helpers/queue-project.js';

const schema = JSON.parse(readFileSync(new URL('../../../schema/pipeline-results.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

let redis: TestRedis;
let project: QueueProject;
const workers: TestWorker[] = [];

before(async () => {
  redis = await startRedis();
  project = writeQueueProject(redis.url);
  workers.push(...(await Promise.all(['w1', 'w2'].map((name) => startWorker(project.file, redis.url, name)))));
});

after(async () => {
  await stopWorkers(workers);
  await redis.stop();
});

async function run(file: string, options: Parameters<PipelineManager['run']>[1] = {}): Promise<PipelineResults> {
  const manager = await PipelineManager.fromYaml(file, { storyWriter: false });
  return manager.run('p', options);
}

test('a run on two workers: same statuses and rows as in process, each attempt names its worker, tables staged then released', async () => {
  const delays = Object.fromEntries(['a', 'b', 'c', 'd'].map((n) => [n, { delayMs: 400 }]));
  const results = await run(project.file, { inject: delays });
  const inProcess = await (await PipelineManager.fromYaml(project.file, { storyWriter: false, executor: { type: 'in_process' } })).run('p');
  const data = results.toJSON();
  assert.equal(data.status, 'success', JSON.stringify(data.errors));
  assert.equal(data.executor, 'queue');
  assert.deepEqual(data.nodeResults.map((n) => [n.name, n.status, n.rowsOut]), inProcess.toJSON().nodeResults.map((n) => [n.name, n.status, n.rowsOut]));
  const used = new Set(data.nodeResults.flatMap((n) => n.attempts.map((a) => a.worker)));
  assert.deepEqual([...used].sort(), ['w1', 'w2'], 'both workers ran attempts (four 400 ms nodes at once)');
  for (const n of data.nodeResults) assert.match(n.stagedAt!, new RegExp(`^odibi_staging:${data.runId}/p/${n.name}\\.parquet$`));
  assert.equal(validate(JSON.parse(JSON.stringify(data))), true, JSON.stringify(validate.errors));
  const staged = join(project.dir, '.odibi', 'staging', data.runId!, 'p');
  assert.deepEqual(readdirSync(staged).sort(), ['c.parquet', 'd.parquet', 'report.parquet'], 'intermediate tables deleted, outputs kept');
  const releases = data.contextEvents.filter((e) => e.kind === 'release').map((e) => e.table).sort();
  assert.deepEqual(releases, ['a', 'b', 'raw']);
});

test('each attempt tells its listeners which worker took it, the one its record names', async () => {
  const events: RunEvent[] = [];
  const manager = await PipelineManager.fromYaml(project.file, { storyWriter: false, listeners: [(e) => void events.push(e)] });
  const data = (await manager.run('p')).toJSON();
  const told = events.flatMap((e) => (e.type === 'node:worker' ? [`${e.node}#${e.attempt}@${e.worker}`] : []));
  const recorded = data.nodeResults.flatMap((n) => n.attempts.map((a) => `${n.name}#${a.attempt}@${a.worker}`));
  assert.deepEqual([...told].sort(), [...recorded].sort());
  assert.equal(told.length, 6);
  const state = events.reduce<ProgressState | undefined>(applyRunEvent, undefined);
  assert.ok(state!.nodes.every((n) => workers.some((w) => w.name === n.worker)), JSON.stringify(state!.nodes));
});

test('a repeated run, or odibi staging --clean, removes the staged tables of runs that are no longer alive', async () => {
  const first = (await run(project.file)).toJSON();
  const second = (await run(project.file)).toJSON();
  assert.equal(existsSync(join(project.dir, '.odibi', 'staging', first.runId!)), false);
  assert.equal(existsSync(join(project.dir, '.odibi', 'staging', second.runId!)), true);
  const io = captureIo(project.dir);
  assert.equal(await runCli(['staging', project.file, '--clean'], io), 0, io.err());
  assert.equal(io.out(), `${second.runId}  3 tables  not alive: removed\n`);
  assert.equal(existsSync(join(project.dir, '.odibi', 'staging', second.runId!)), false);
});

test('a worker killed with kill -9 mid-node: the attempt is WORKER_LOST and runs again on the other worker', async () => {
  const marks = workers.map((w) => w.output().length);
  const running = run(project.file, { inject: { c: { delayMs: 2500 } } });
  const [holder] = await Promise.race(workers.map((w, i) => w.waitFor('p.c attempt 1 started', 60_000, marks[i]).then(() => [w] as const)));
  holder.kill('SIGKILL');
  const data = (await running).toJSON();
  const c = data.nodeResults.find((n) => n.name === 'c')!;
  assert.equal(c.status, 'success', JSON.stringify(c.attempts));
  assert.equal(c.attempts.length, 2);
  assert.equal(c.attempts[0]!.error?.code, 'WORKER_LOST');
  assert.equal(c.attempts[0]!.worker, holder.name);
  const survivor = workers.find((w) => w !== holder)!;
  assert.equal(c.attempts[1]!.worker, survivor.name);
  assert.equal(data.status, 'success');
  const byWorker = new Map(workerAttempts(data).map((w) => [w.worker, w.attempts]));
  assert.deepEqual(byWorker.get(holder.name)?.filter((x) => x.node === 'c').map((x) => x.outcome), ['lost']);
  assert.deepEqual(byWorker.get(survivor.name)?.filter((x) => x.node === 'c').map((x) => [x.attempt, x.outcome]), [[2, 'succeeded']]);
  assert.match(renderMarkdown(buildStoryModel(data)), new RegExp(`\\*\\*${holder.name}\\*\\*: .*1 lost.*\\*\\*c: lost with its worker\\*\\*`));
  await holder.exited;
  workers.splice(workers.indexOf(holder), 1, await startWorker(project.file, redis.url, `${holder.name}b`));
});

test("a node's timeout cancels its attempt on the worker", async () => {
  const timed = writeQueueProject(redis.url, { timeoutMs: 500, maxAttempts: 1 });
  const worker = await startWorker(timed.file, redis.url, 'wt');
  try {
    const started = Date.now();
    const since = worker.output().length;
    const data = (await run(timed.file, { inject: { a: { delayMs: 20_000 } } })).toJSON();
    const a = data.nodeResults.find((n) => n.name === 'a')!;
    assert.equal(a.status, 'failed');
    assert.equal(a.error?.code, 'NODE_TIMEOUT');
    assert.ok(Date.now() - started < 15_000, 'the run did not wait for the 20 s attempt');
    await worker.waitFor('cancelling', 10_000, since);
    await worker.waitFor('p.a attempt 1 failed: NODE_ABORTED node "a" was cancelled on worker wt: attempt 1 timed out after 500 ms', 10_000, since);
  } finally {
    await stopWorkers([worker]);
  }
});

test('a worker of another project version refuses the attempt with WORKER_PROJECT_VERSION', async () => {
  const changed = writeQueueProject(redis.url, { maxAttempts: 1 });
  const worker = await startWorker(changed.file, redis.url, 'old');
  try {
    writeFileSync(changed.file, `${readFileSync(changed.file, 'utf8')}\n# edited after the worker started\n`);
    const data = (await run(changed.file)).toJSON();
    const raw = data.nodeResults.find((n) => n.name === 'raw')!;
    assert.equal(raw.error?.code, 'WORKER_PROJECT_VERSION');
    assert.match(raw.error!.message, /worker old runs project version \w{12}, the run sent \w{12}/);
    assert.deepEqual(data.skipped.sort(), ['a', 'b', 'c', 'd', 'report']);
  } finally {
    await stopWorkers([worker]);
  }
});

test('SIGTERM: the worker finishes its running attempt, then exits', async () => {
  const graceful = writeQueueProject(redis.url, { maxAttempts: 1 });
  const worker = await startWorker(graceful.file, redis.url, 'wg');
  const since = worker.output().length;
  const running = run(graceful.file, { select: 'raw', inject: { raw: { delayMs: 1500 } } });
  await worker.waitFor('p.raw attempt 1 started', 60_000, since);
  worker.kill('SIGTERM');
  const data = (await running).toJSON();
  assert.equal(data.nodeResults.find((n) => n.name === 'raw')!.status, 'success');
  assert.equal(await worker.exited, 0);
  assert.match(worker.output(), /finishing running attempts[\s\S]*p\.raw attempt 1 succeeded[\s\S]*stopped/);
});
