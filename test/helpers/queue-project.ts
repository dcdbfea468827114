// A small project for the queue executor's tests, written to a temporary folder: a CSV read by
// `raw`, four transforms of it (a..d), and `report` appending a..b to a CSV. Injections give
// delays and failures; every test gets its own queue name, so tests cannot take each other's jobs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface QueueProject {
  dir: string;
  file: string;
  queue: string;
}

let made = 0;

export function writeQueueProject(redisUrl: string, options: { lostAfterMs?: number; maxAttempts?: number; timeoutMs?: number; extra?: string } = {}): QueueProject {
  const dir = mkdtempSync(join(tmpdir(), 'odibi-queue-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'orders.csv'), 'id,amount\n1,5\n2,50\n3,500\n');
  const queue = `test${process.pid}x${made++}`;
  const filter = (n: number): string => `transform: { steps: [{ operation: filter, params: { expr: "d => d.amount > ${n}" } }] }`;
  writeFileSync(join(dir, 'project.yaml'), `
project: queue-test
connections:
  data: { type: local, base_path: data }
story: { auto_generate: false }
retry: { max_attempts: ${options.maxAttempts ?? 2}, initial_delay_ms: 10, backoff: constant }
executor: { type: queue, redis: '${redisUrl}', queue: ${queue}, lost_after_ms: ${options.lostAfterMs ?? 1000} }
pipelines:
  - pipeline: p
    max_concurrency: 4
    nodes:
      - { name: raw, read: { connection: data, path: orders.csv } }
      - { name: a, depends_on: [raw], ${filter(1)}${options.timeoutMs ? `, timeout_ms: ${options.timeoutMs}` : ''} }
      - { name: b, depends_on: [raw], ${filter(10)} }
      - { name: c, depends_on: [raw], ${filter(100)} }
      - { name: d, depends_on: [raw], ${filter(1000)} }
      - { name: report, depends_on: [a, b], write: { connection: data, path: out/report.csv, mode: append } }
${options.extra ?? ''}`);
  return { dir, file: join(dir, 'project.yaml'), queue };
}
