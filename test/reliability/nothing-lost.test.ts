// Nothing lost: failed or interrupted writes keep the previous output, append never doubles rows on
// retry, one pipeline's failure never touches another's outputs, `odibi run --json` prints failed
// results, and stories (their JSON above all) are written even when the run or a format fails.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as aq from 'arquero';
import { loadProjectFromString } from '../../src/config/load-project-from-string.js';
import type { ProjectConfig } from '../../src/config/types.js';
import { fileSystemOps, type AtomicWriteOps } from '../../src/connections/atomic-write.js';
import type { Connection } from '../../src/connections/connection.js';
import { LocalConnection } from '../../src/connections/local-connection.js';
import { MemoryConnection } from '../../src/connections/memory-connection.js';
import { PipelineManager } from '../../src/manager/pipeline-manager.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { writeStory } from '../../src/story/write-story.js';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-nothing-lost-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let folders = 0;

/** A fresh project folder with data/orders.csv and an out/ folder; returns its path. */
function projectFolder(): string {
  const dir = path.join(tmp, `p${++folders}`);
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  mkdirSync(path.join(dir, 'out'), { recursive: true });
  writeFileSync(path.join(dir, 'data/orders.csv'), 'order_id,amount\n1,10\n2,20\n');
  return dir;
}

function project(dir: string, nodes: string): ProjectConfig {
  return loadProjectFromString(`project: lost
connections:
  data: { type: local, base_path: data }
  out: { type: local, base_path: out }
story: { auto_generate: false }
pipelines:
${nodes}`, { baseDir: dir });
}

const COPY = `  - pipeline: copy
    nodes:
      - name: orders
        read: { connection: data, path: orders.csv }
        write: { connection: out, path: orders.csv }
`;

/** File operations whose writes fail (after writing part of the temporary file) while `failing()` says so. */
function failingOps(failing: () => boolean, leaveTemporary = false): AtomicWriteOps {
  return {
    writeFile: async (file, data) => {
      if (!failing()) return fileSystemOps.writeFile(file, data);
      await fileSystemOps.writeFile(file, data.slice(0, Math.floor(data.length / 2)));
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' });
    },
    rename: fileSystemOps.rename,
    unlink: async (file) => (leaveTemporary ? undefined : fileSystemOps.unlink(file)),
  };
}

test('a write that fails part-way through a run leaves the previous output byte-identical and no temporary file', async () => {
  const dir = projectFolder();
  const before = 'order_id,amount\n1,999\n';
  writeFileSync(path.join(dir, 'out/orders.csv'), before);
  const config = project(dir, COPY);
  const out = new LocalConnection('out', path.join(dir, 'out'), { fileOps: failingOps(() => true) });
  const results = await new Pipeline(config.pipelines[0]!, { project: config, connections: { data: new LocalConnection('data', path.join(dir, 'data')), out }, storyWriter: false }).run();
  assert.equal(results.status, 'failed');
  assert.match(results.node('orders').error!.message, /ENOSPC/);
  assert.equal(readFileSync(path.join(dir, 'out/orders.csv'), 'utf8'), before);
  assert.deepEqual(readdirSync(path.join(dir, 'out')), ['orders.csv']);
});

test('a write interrupted before the rename (the temporary file left behind) keeps the old output; the next run replaces it', async () => {
  const dir = projectFolder();
  writeFileSync(path.join(dir, 'out/orders.csv'), 'order_id,amount\n1,999\n');
  const config = project(dir, COPY);
  const data = new LocalConnection('data', path.join(dir, 'data'));
  const crashed = new LocalConnection('out', path.join(dir, 'out'), { fileOps: failingOps(() => true, true) });
  assert.equal((await new Pipeline(config.pipelines[0]!, { project: config, connections: { data, out: crashed }, storyWriter: false }).run()).status, 'failed');
  assert.equal(readFileSync(path.join(dir, 'out/orders.csv'), 'utf8'), 'order_id,amount\n1,999\n');
  assert.equal(readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.odibi-tmp')).length, 1, 'the interrupted temporary file is there');
  const out = new LocalConnection('out', path.join(dir, 'out'));
  assert.deepEqual(await out.list(), ['orders.csv'], 'listing never shows a temporary file');
  assert.equal((await new Pipeline(config.pipelines[0]!, { project: config, connections: { data, out }, storyWriter: false }).run()).status, 'success');
  assert.equal(readFileSync(path.join(dir, 'out/orders.csv'), 'utf8'), 'order_id,amount\n1,10\n2,20\n');
});

test('a process killed while it writes (SIGKILL, the temporary file half written) leaves the previous output whole', async () => {
  const dir = path.join(tmp, 'killed');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'big.csv'), 'old\n');
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, '../helpers/big-write-child.ts'), dir], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let killedDuringWrite = false;
  while (child.exitCode === null) {
    if (readdirSync(dir).some((f) => f.endsWith('.odibi-tmp'))) {
      killedDuringWrite = child.kill('SIGKILL');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await exited;
  const now = readFileSync(path.join(dir, 'big.csv'), 'utf8');
  if (killedDuringWrite && now === 'old\n') {
    assert.deepEqual(await new LocalConnection('out', dir).list(), ['big.csv'], 'the half-written temporary file is never listed');
  } else {
    assert.equal(now.split('\n').length, 400_002, 'either the old file or the whole new one, never part of it');
  }
});

const APPEND = `  - pipeline: append
    nodes:
      - name: orders
        read: { connection: data, path: orders.csv }
        retry: { max_attempts: 3, backoff: constant, initial_delay_ms: 10 }
        write: { connection: out, path: all.csv, mode: append }
`;

test('append never writes a row twice when the write fails and the node is retried', async () => {
  const dir = projectFolder();
  writeFileSync(path.join(dir, 'out/all.csv'), 'order_id,amount\n0,5\n');
  const config = project(dir, APPEND);
  let writes = 0;
  const out = new LocalConnection('out', path.join(dir, 'out'), { fileOps: failingOps(() => ++writes <= 2) });
  const results = await new Pipeline(config.pipelines[0]!, {
    project: config, connections: { data: new LocalConnection('data', path.join(dir, 'data')), out }, storyWriter: false, clock: new VirtualClock(),
  }).run();
  assert.equal(results.status, 'success');
  assert.equal(results.node('orders').attempts.length, 3);
  assert.equal(readFileSync(path.join(dir, 'out/all.csv'), 'utf8'), 'order_id,amount\n0,5\n1,10\n2,20\n');
});

test('append never writes a row twice when a flaky node is retried, and a failed node appends nothing', async () => {
  const dir = projectFolder();
  writeFileSync(path.join(dir, 'out/all.csv'), 'order_id,amount\n0,5\n');
  const config = project(dir, APPEND);
  const run = (inject: Record<string, 'fail' | { failTimes: number }>) =>
    new Pipeline(config.pipelines[0]!, { project: config, storyWriter: false, clock: new VirtualClock() }).run({ inject });
  assert.equal((await run({ orders: { failTimes: 2 } })).status, 'success');
  assert.equal((await run({ orders: 'fail' })).status, 'failed');
  assert.equal(readFileSync(path.join(dir, 'out/all.csv'), 'utf8'), 'order_id,amount\n0,5\n1,10\n2,20\n');
});

test("a failure in one pipeline never touches another pipeline's outputs", async () => {
  const dir = projectFolder();
  writeFileSync(path.join(dir, 'out/bad.csv'), 'previous,bad\n1,1\n');
  writeFileSync(path.join(dir, 'out/other.csv'), 'untouched\n1\n');
  const config = project(dir, `  - pipeline: good
    nodes:
      - { name: g, read: { connection: data, path: orders.csv }, write: { connection: out, path: good.csv } }
  - pipeline: bad
    nodes:
      - { name: b1, read: { connection: data, path: orders.csv }, write: { connection: out, path: bad-partial.csv } }
      - name: b2
        depends_on: [b1]
        transform: { steps: [ { operation: filter, params: { expr: "d => d.amout > 0" } } ] }
        write: { connection: out, path: bad.csv }
  - pipeline: after_good
    depends_on: [good]
    nodes:
      - { name: a, read: { connection: out, path: good.csv }, write: { connection: out, path: after-good.csv } }
`);
  const record = await (await PipelineManager.fromConfig(config, { storyWriter: false })).run();
  assert.deepEqual(Object.fromEntries(Object.entries(record).map(([k, r]) => [k, r.status])), { good: 'success', bad: 'partial', after_good: 'success' });
  const read = (f: string) => readFileSync(path.join(dir, 'out', f), 'utf8');
  assert.equal(read('good.csv'), 'order_id,amount\n1,10\n2,20\n');
  assert.equal(read('after-good.csv'), 'order_id,amount\n1,10\n2,20\n');
  assert.equal(read('bad.csv'), 'previous,bad\n1,1\n', "the failed node's previous output is kept");
  assert.equal(read('other.csv'), 'untouched\n1\n');
  assert.deepEqual(readdirSync(path.join(dir, 'out')).sort(), ['after-good.csv', 'bad-partial.csv', 'bad.csv', 'good.csv', 'other.csv']);
});

test('odibi run --json prints the full results on stdout even when the run failed, and exits 1', async () => {
  const dir = projectFolder();
  writeFileSync(path.join(dir, 'project.yaml'), `project: lost
connections:
  data: { type: local, base_path: data }
  out: { type: local, base_path: out }
story: { auto_generate: false }
pipelines:
${COPY}      - { name: report, depends_on: [orders], transform: { steps: [ { operation: limit, params: { n: 1 } } ] } }
`);
  const run = await runCliCaptured(['run', 'project.yaml', '--json', '--fail', 'orders'], dir);
  assert.equal(run.code, 1);
  const record = JSON.parse(run.stdout);
  assert.equal(record.copy.status, 'failed');
  assert.deepEqual(record.copy.failed, ['orders']);
  assert.deepEqual(record.copy.skipped, ['report']);
  assert.equal(record.copy.nodeResults[0].error.code, 'NODE_INJECTED');
  assert.match(run.stderr, /--resume/);
});

test('a failed run still writes its story in every format, the JSON holding the failed results', async () => {
  const dir = projectFolder();
  const config = project(dir, COPY);
  config.story.autoGenerate = true;
  config.story.formats = ['md', 'html', 'json'];
  config.story.path = path.join(dir, 'stories');
  const results = await new Pipeline(config.pipelines[0]!, { project: config }).run({ inject: { orders: 'fail' } });
  assert.equal(results.status, 'failed');
  const files = readdirSync(path.join(dir, 'stories'));
  for (const ext of ['.json', '.md', '.html']) assert.ok(files.some((f) => f.endsWith(ext)), `${ext} in ${files.join(', ')}`);
  const json = JSON.parse(readFileSync(path.join(dir, 'stories', files.find((f) => f.endsWith('.json'))!), 'utf8'));
  assert.equal(json.status, 'failed');
  assert.equal(json.nodeResults[0].error.code, 'NODE_INJECTED');
  assert.equal(results.storyPath?.endsWith('.html'), true);
});

test('when the HTML and Markdown cannot be written, the JSON story still is, and the run keeps its results', async () => {
  const dir = projectFolder();
  const config = project(dir, COPY);
  config.story.autoGenerate = true;
  config.story.formats = ['html', 'md', 'json'];
  const stories = new LocalConnection('stories', path.join(dir, 'stories'));
  const fragile: Connection = { ...stories, name: 'stories', type: 'local', check: () => stories.check(), exists: (p) => stories.exists(p),
    readBytes: (p) => stories.readBytes(p), list: (p) => stories.list(p), describe: (p) => stories.describe(p),
    writeBytes: async (p, d) => { if (!p.endsWith('.json')) throw new Error(`cannot render ${p}`); return stories.writeBytes(p, d); } };
  let failedFormats: string[] = [];
  const results = await new Pipeline(config.pipelines[0]!, {
    project: config,
    storyWriter: async (data, o) => { const w = await writeStory(data, { ...o, connection: fragile }); failedFormats = w.failed.map((f) => f.format); return w; },
  }).run({ inject: { orders: 'fail' } });
  assert.equal(results.status, 'failed');
  assert.deepEqual(failedFormats.sort(), ['html', 'md']);
  const files = readdirSync(path.join(dir, 'stories'));
  assert.equal(files.filter((f) => f.endsWith('.json')).length, 1, files.join(', '));
  assert.ok(results.storyPath?.endsWith('.json'));
});

test('hostile values (BigInt, invalid dates, NaN, nested objects, a self-referencing 100 kB error) never stop the story', async () => {
  const dir = projectFolder();
  const config = loadProjectFromString(`project: hostile
connections: { mem: { type: memory } }
story: { path: stories, formats: [md, html, json] }
pipelines:
  - pipeline: hostile
    nodes:
      - { name: "t<script>", read: { connection: mem, path: t, format: json } }
      - { name: w, depends_on: ["t<script>"], transform: { steps: [ { function: weird } ] } }
      - { name: z, depends_on: [w], transform: { steps: [ { function: boom } ] } }
`, { baseDir: dir });
  const mem = new MemoryConnection('mem');
  mem.putTable('t', aq.table({ x: [1, 2] }));
  const results = await new Pipeline(config.pipelines[0]!, { project: config, connections: { mem }, functions: {
    weird: () => aq.table({ big: [10n ** 30n], nested: [{ a: { b: [1, 2] } }], when: [new Date(NaN)], nan: [NaN], inf: [-Infinity], text: ['\u0000\u202e'] }),
    boom: () => {
      const error = new Error('x'.repeat(100_000)) as Error & { cause?: unknown };
      error.cause = error;
      throw error;
    },
  } }).run();
  assert.equal(results.status, 'partial');
  assert.equal(results.toJSON().storyError, undefined);
  const files = readdirSync(path.join(dir, 'stories'));
  for (const ext of ['.json', '.md', '.html']) assert.ok(files.some((f) => f.endsWith(ext)), `${ext} in ${files.join(', ')}`);
  const json = JSON.parse(readFileSync(path.join(dir, 'stories', files.find((f) => f.endsWith('.json'))!), 'utf8'));
  assert.deepEqual(json.failed, ['z']);
  assert.doesNotMatch(readFileSync(path.join(dir, 'stories', files.find((f) => f.endsWith('.html'))!), 'utf8'), /<script>/);
});
