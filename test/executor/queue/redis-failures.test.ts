// The machinery failing under the queue executor, with a real redis-server and a real worker:
// Redis unreachable at the start (a clear error within seconds, credentials masked), lost mid-run
// (the run ends with EXECUTOR_REDIS_LOST, never a hang) then back (a resumed run completes), and
// the scheduler killed mid-run (`--resume` on the results file it kept current completes the run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
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

test('the scheduler killed mid-run: odibi run --resume on the results file it kept current completes the run', async () => {
  const redis = await startRedis();
  const project = writeQueueProject(redis.url, { maxAttempts: 1 });
  const worker = await startWorker(project.file, redis.url, 'wk');
  try {
    const since = worker.output().length;
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const scheduler = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', project.file, '--max-concurrency', '1'], { cwd: root, stdio: 'ignore' });
    const exited = new Promise((resolve) => scheduler.once('exit', resolve));
    await worker.waitFor('p.a attempt 1 started', 60_000, since);
    worker.kill('SIGSTOP'); // holds the run where it is: raw ended, a on the worker
    const resultsFile = join(project.dir, '.odibi', 'last-run', 'results.json');
    while (!existsSync(resultsFile)) await sleep(50);
    scheduler.kill('SIGKILL');
    await exited;
    worker.kill('SIGCONT');
    const kept = JSON.parse(readFileSync(resultsFile, 'utf8')).p;
    assert.equal(kept.nodeResults.find((n: { name: string }) => n.name === 'raw').status, 'success');
    assert.ok(kept.notRun.length > 0, 'the run was cut short');
    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) } };
    const code = await runCli(['run', project.file, '--resume', resultsFile], io);
    assert.equal(code, 0, out.join(''));
    const resumed = JSON.parse(readFileSync(resultsFile, 'utf8')).p;
    assert.equal(resumed.status, 'success');
    const ranAgain = resumed.nodeResults.filter((n: { attempts: unknown[] }) => n.attempts.length > 0).map((n: { name: string }) => n.name);
    for (const name of kept.notRun) assert.ok(ranAgain.includes(name), `${name}, cut short, ran on resume`);
  } finally {
    await stopWorkers([worker]);
    await redis.stop();
  }
});
