// Redis failing under the queue executor, with a real redis-server and a real worker: unreachable
// at the start (a clear error within seconds, credentials masked), lost mid-run (the run ends with
// EXECUTOR_REDIS_LOST, never a hang), then back (a resumed run completes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main.js';
import { PipelineManager } from '../../../src/manager/pipeline-manager.js';
import { freePort } from '../../../scripts/lib/free-port.mjs';
import { startRedis } from '../../helpers/redis-server.js';
import { startWorker, stopWorkers } from '../../helpers/queue-worker.js';
import { writeQueueProject } from '../../helpers/queue-project.js';

test('Redis unreachable: odibi run fails within seconds with EXECUTOR_REDIS_UNREACHABLE, the password masked', async () => {
  const url = `redis://app:t0psecret@127.0.0.1:${await freePort()}`;
  const project = writeQueueProject(url);
  const out: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) } };
  const started = Date.now();
  const code = await runCli(['run', project.file, '--executor', 'queue', '--redis', url], io);
  const text = out.join('');
  assert.ok(Date.now() - started < 8000, `took ${Date.now() - started} ms`);
  assert.equal(code, 1, text);
  assert.match(text, /EXECUTOR_REDIS_UNREACHABLE cannot reach Redis at redis:\/\/app:\*\*\*@127\.0\.0\.1:\d+ within 3000 ms: connect ECONNREFUSED/);
  assert.ok(!text.includes('t0psecret'), text);
});

test('Redis lost mid-run: the run ends with EXECUTOR_REDIS_LOST; with Redis back, resume completes it', async () => {
  const redis = await startRedis();
  const project = writeQueueProject(redis.url, { maxAttempts: 1 });
  const worker = await startWorker(project.file, redis.url, 'wr');
  try {
    const manager = await PipelineManager.fromYaml(project.file, { storyWriter: false });
    const since = worker.output().length;
    const running = manager.run('p', { inject: { a: { delayMs: 4000 } } });
    await worker.waitFor('p.a attempt 1 started', 60_000, since);
    await redis.stop(true);
    const lostAt = Date.now();
    const first = (await running).toJSON();
    assert.ok(Date.now() - lostAt < 10_000, `the run ended ${Date.now() - lostAt} ms after Redis died`);
    const a = first.nodeResults.find((n) => n.name === 'a')!;
    assert.equal(a.error?.code, 'EXECUTOR_REDIS_LOST', JSON.stringify(a));
    assert.match(a.error!.message, /lost Redis at redis:\/\/127\.0\.0\.1:\d+ during the run/);
    assert.equal(first.status, 'partial');
    await redis.restart();
    const resumed = (await manager.run('p', { resume: { p: first } })).toJSON();
    assert.equal(resumed.status, 'success', JSON.stringify(resumed.errors));
    assert.ok(resumed.nodeResults.find((n) => n.name === 'a')!.attempts.length > 0, 'a ran again');
    assert.equal(resumed.resumes, first.runId);
  } finally {
    await stopWorkers([worker]);
    await redis.stop();
  }
});
