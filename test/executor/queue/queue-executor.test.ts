// The queue executor with real parts: Debian's redis-server on a free port, real `odibi worker`
// processes (sandboxed BullMQ processors), a scheduler in this process. Nothing is mocked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { PipelineManager } from '../../../src/manager/pipeline-manager.js';
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

test('a repeated run cleans the staged tables of runs that are no longer alive', async () => {
  const first = (await run(project.file)).toJSON();
  const second = (await run(project.file)).toJSON();
  assert.equal(existsSync(join(project.dir, '.odibi', 'staging', first.runId!)), false);
  assert.equal(existsSync(join(project.dir, '.odibi', 'staging', second.runId!)), true);
});
