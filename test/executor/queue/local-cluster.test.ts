// The lessons' local cluster with real parts: Redis, `odibi worker` processes, a run on them, a
// worker killed, and nothing left running after stop(), after the starting process is killed
// with SIGKILL (as a kernel dies), or when an earlier start left processes in the pid file.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalCluster } from '../../../src/executor/queue/local-cluster.js';
import { processStart } from '../../../src/executor/queue/process-start.js';
import { PipelineManager } from '../../../src/manager/pipeline-manager.js';
import { writeQueueProject } from '../../helpers/queue-project.js';

const stateDir = mkdtempSync(join(tmpdir(), 'odibi-cluster-state-'));
const started: number[] = [];
after(() => {
  for (const pid of started) if (processStart(pid)) process.kill(pid, 'SIGKILL');
});

async function gone(pids: number[], ms = 10_000): Promise<number[]> {
  const deadline = Date.now() + ms;
  let left = pids.filter((p) => processStart(p) !== undefined);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    left = left.filter((p) => processStart(p) !== undefined);
  }
  return left;
}

test('three workers run a project; a killed worker is gone from the list; stop() leaves nothing running', async () => {
  const cluster = await LocalCluster.start({ stateDir });
  const project = writeQueueProject(cluster.redisUrl);
  try {
    const workers = await cluster.addWorkers(project.file, 3);
    started.push(...workers.map((w) => w.pid));
    assert.deepEqual(workers.map((w) => w.name), ['w1', 'w2', 'w3']);
    const recorded = JSON.parse(readFileSync(join(stateDir, 'cluster-pids.json'), 'utf8')) as { pid: number }[];
    assert.equal(recorded.length, 4, 'Redis and three workers in the pid file');
    const manager = await PipelineManager.fromYaml(project.file, { storyWriter: false });
    const data = (await manager.run('p')).toJSON();
    assert.equal(data.status, 'success');
    assert.ok(data.nodeResults.every((n) => ['w1', 'w2', 'w3'].includes(n.attempts[0]!.worker!)));
    await cluster.kill('w2');
    assert.deepEqual(cluster.workers.map((w) => w.name), ['w1', 'w3']);
    await assert.rejects(cluster.kill('w9'), (e: Error & { code?: string; hint?: string }) => e.code === 'USAGE' && /there is no worker "w9"/.test(e.message) && e.hint === 'the workers are w1, w3');
  } finally {
    await cluster.stop();
  }
  const pids = JSON.parse(JSON.stringify(started)) as number[];
  assert.deepEqual(await gone(pids), []);
});

test('processes started by a process that is killed with SIGKILL end with it', async () => {
  const project = writeQueueProject('redis://127.0.0.1:1');
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/cluster-child.ts', join(stateDir, 'child'), project.file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`the child exited (${code}): ${out}`)));
  });
  const { pids } = JSON.parse(line) as { pids: number[] };
  const recorded = (JSON.parse(readFileSync(join(stateDir, 'child', 'cluster-pids.json'), 'utf8')) as { pid: number }[]).map((r) => r.pid);
  started.push(...recorded);
  assert.equal(recorded.length, 2);
  assert.ok(recorded.includes(pids[0]!));
  child.kill('SIGKILL');
  assert.deepEqual(await gone(recorded), [], 'Redis and the worker outlived the process that started them');
});

test('a start stops the processes an earlier start left in the pid file, and only those', async () => {
  const dir = join(stateDir, 'left-over');
  const stray = spawn('sleep', ['60'], { stdio: 'ignore' });
  const bystander = spawn('sleep', ['60'], { stdio: 'ignore' });
  started.push(stray.pid!, bystander.pid!);
  await new Promise((r) => setTimeout(r, 100));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cluster-pids.json'), JSON.stringify([
    { pid: stray.pid, start: processStart(stray.pid!) },
    { pid: bystander.pid, start: 'another process that had this pid once' },
  ]));
  const cluster = await LocalCluster.start({ stateDir: dir });
  await cluster.stop();
  assert.deepEqual(await gone([stray.pid!]), []);
  assert.ok(processStart(bystander.pid!) !== undefined, 'a process with a reused pid was killed');
  bystander.kill('SIGKILL');
});
