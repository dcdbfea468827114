import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../src/cli/main.js';
import { captureIo } from '../capture-io.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const COURSE = 'test/fixtures/config/course-layers.yaml';
const COURSE_PLAN = {
  customers: {
    order: ['raw_customers', 'raw_orders', 'clean_customers', 'clean_orders', 'customer_orders'],
    layers: [['raw_customers', 'raw_orders'], ['clean_customers', 'clean_orders'], ['customer_orders']],
  },
};

test('plan --json: the course layers example, in-process', async () => {
  const io = captureIo(ROOT);
  assert.equal(await runCli(['plan', COURSE, '--json'], io), 0);
  assert.deepEqual(JSON.parse(io.out()), COURSE_PLAN);
});

test('plan --json: the course layers example through bin/odibi.js', () => {
  const out = execFileSync(process.execPath, [join(ROOT, 'bin/odibi.js'), 'plan', COURSE, '--json'], { cwd: ROOT, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), COURSE_PLAN);
});

test('plan text: a line per layer', async () => {
  const io = captureIo(ROOT);
  assert.equal(await runCli(['plan', COURSE], io), 0);
  assert.match(io.out(), /pipeline customers: 5 nodes in 3 layers\n {2}layer 0: raw_customers, raw_orders\n {2}layer 1: clean_customers, clean_orders\n {2}layer 2: customer_orders\n/);
});

const MULTI = `project: multi
connections:
  data: { type: memory }
pipelines:
  - pipeline: gold
    depends_on: [silver]
    nodes:
      - { name: report, read: { connection: data, path: s.csv } }
  - pipeline: bronze
    nodes:
      - { name: raw, read: { connection: data, path: a.csv } }
      - { name: typed, depends_on: [raw], write: { connection: data, path: b.csv } }
  - pipeline: silver
    depends_on: [bronze]
    nodes:
      - { name: clean, read: { connection: data, path: b.csv } }
`;

test('pipelines come in dependency order; --pipeline picks one; an unknown one gets a did-you-mean', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'odibi-plan-'));
  writeFileSync(join(dir, 'project.yaml'), MULTI);
  const all = captureIo(dir);
  assert.equal(await runCli(['plan', 'project.yaml', '--json'], all), 0);
  assert.deepEqual(Object.keys(JSON.parse(all.out())), ['bronze', 'silver', 'gold']);
  const one = captureIo(dir);
  assert.equal(await runCli(['plan', 'project.yaml', '--json', '--pipeline', 'bronze'], one), 0);
  assert.deepEqual(JSON.parse(one.out()), { bronze: { order: ['raw', 'typed'], layers: [['raw'], ['typed']] } });
  const wrong = captureIo(dir);
  assert.equal(await runCli(['plan', 'project.yaml', '--pipeline', 'silvr'], wrong), 1);
  assert.equal(wrong.err(), 'PIPELINE_UNKNOWN no pipeline named "silvr"; available: gold, bronze, silver (did you mean "silver"?)\n');
  rmSync(dir, { recursive: true, force: true });
});

test('plan of an invalid project prints its problems and exits 1', async () => {
  const io = captureIo(ROOT);
  assert.equal(await runCli(['plan', 'test/fixtures/config/pipeline-cycle.yaml'], io), 1);
  assert.match(io.out(), /pipeline-cycle\.yaml:6:18 GRAPH_PIPELINE_CYCLE pipeline dependency cycle: bronze -> gold -> silver -> bronze/);
});

test('plan --select: the selected nodes; an unknown term exits 1 with a did-you-mean', async () => {
  const io = captureIo(ROOT);
  assert.equal(await runCli(['plan', COURSE, '--json', '--select', '+clean_orders'], io), 0);
  assert.deepEqual(JSON.parse(io.out()), { customers: { order: ['raw_orders', 'clean_orders'], layers: [['raw_orders'], ['clean_orders']] } });
  const wrong = captureIo(ROOT);
  assert.equal(await runCli(['plan', COURSE, '--select', 'tag:slver'], wrong), 1);
  assert.match(wrong.err(), /^GRAPH_UNKNOWN_SELECTOR selection term "tag:slver" matches no node \(did you mean "tag:silver"\?/);
});
