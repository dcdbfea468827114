// A timeout stops the work, on both engines: a long SQL query is interrupted, and synchronous user code
// (catastrophic regular expressions in filter and derive, an endless loop in a function loaded from a
// module) runs in a worker thread that the deadline terminates. Each such node fails with NODE_TIMEOUT,
// its dependants are skipped, the other nodes run, the results and the story are written, and the
// `odibi run` process ends by itself, with exit code 1. Nodes without timeout_ms run in the runner's
// thread, as before; a function made in code cannot move, and Pipeline.validate() warns about it.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ColumnTable } from 'arquero';
import { loadProjectFromString } from '../../src/config/load-project-from-string.js';
import { PipelineManager } from '../../src/manager/pipeline-manager.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import type { NodeResult } from '../../src/results/types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FUNCTIONS = path.join(ROOT, 'test/fixtures/functions/contained.ts');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-timeouts-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
mkdirSync(path.join(tmp, 'data'));
writeFileSync(path.join(tmp, 'data', 'text.csv'), `id,s\n1,${'a'.repeat(40)}!\n2,aaa\n`);

/** Patterns with catastrophic backtracking on 40 a's and a '!', each in an operation that runs it. */
const REGEX_STEPS: [string, string][] = [
  ['derive', `{ columns: { t: "d => op.replace(d.s, /^(a+)+$/, 'x')" } }`],
  ['derive', `{ columns: { t: "d => op.replace(d.s, /^(a|a)*$/g, 'x')" } }`],
  ['filter', `{ expr: "d => op.replace(d.s, /^(\\\\w+\\\\s?)*$/, '') == ''" }`],
  ['filter', `{ expr: "d => op.length(op.replace(d.s, /(a|aa)+$/, '')) > 0" }`],
];
const SLOW_SQL = 'SELECT count(*) AS n FROM range(100000000) a, range(100000) b WHERE a.range + b.range = -1';

function project(engine: string): string {
  const node = (name: string, body: string[]) => [`      - name: ${name}`, ...body.map((line) => `        ${line}`)];
  const read = 'read: { connection: data, path: text.csv }';
  const lines = [
    'project: timeouts', `engine: ${engine}`, `functions: [${JSON.stringify(FUNCTIONS)}]`, 'connections:', '  data: { type: local, base_path: data }',
    'pipelines:', '  - pipeline: main', '    nodes',
  ];
  lines[lines.length - 1] += ':';
  lines.push(...node('slow_sql', ['depends_on: [raw]', 'timeout_ms: 1000', 'transform:', `  steps: [${JSON.stringify(SLOW_SQL)}]`]));
  lines.push(...node('raw', [read]));
  REGEX_STEPS.forEach(([operation, params], i) => lines.push(...node(`regex${i}`, [read, 'timeout_ms: 1000', 'transform:', `  steps: [{ operation: ${operation}, params: ${params} }]`])));
  lines.push(...node('loop', [read, 'timeout_ms: 1000', 'transform:', '  steps: [{ function: spin }]']));
  lines.push(...node('after_loop', ['depends_on: [loop]', 'transform:', '  steps: [{ operation: limit, params: { n: 1 } }]']));
  lines.push(...node('in_time', [read, 'timeout_ms: 60000', 'transform:', '  steps: [{ operation: filter, params: { expr: "d => d.id > 1" } }]']));
  lines.push(...node('no_timeout', [read, 'write: { connection: data, path: copy.csv }']));
  lines.push('story: { path: stories }');
  return `${lines.join('\n')}\n`;
}

for (const engine of ['arquero', 'duckdb']) {
  test(`engine ${engine}: odibi run stops a slow query, four catastrophic regular expressions and an endless loop at their deadline, and ends`, () => {
    const folder = path.join(tmp, engine);
    mkdirSync(folder);
    const file = path.join(folder, 'project.yaml');
    writeFileSync(file, project(engine).replace('base_path: data', `base_path: ${JSON.stringify(path.join(tmp, 'data'))}`));
    // The bound only keeps a hang from stalling the suite: the work it stops would take minutes to years.
    const child = spawnSync(process.execPath, [path.join(ROOT, 'bin/odibi.js'), 'run', file], { cwd: folder, encoding: 'utf8', timeout: 180_000 });
    assert.equal(child.signal, null, `the process ended by itself\n${child.stdout}\n${child.stderr}`);
    assert.equal(child.status, 1, child.stdout + child.stderr);
    const resultsFile = path.join(folder, '.odibi/last-run/results.json');
    assert.ok(existsSync(resultsFile), `results written\n${child.stdout}\n${child.stderr}`);
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')).main;
    const byName = new Map<string, NodeResult>(results.nodeResults.map((n: NodeResult) => [n.name, n]));
    for (const name of ['slow_sql', 'loop', ...REGEX_STEPS.map((_, i) => `regex${i}`)]) {
      const result = byName.get(name)!;
      assert.equal(result.status, 'failed', name);
      assert.equal(result.error?.code, 'NODE_TIMEOUT', `${name}: ${result.error?.message}`);
    }
    assert.equal(byName.get('after_loop')!.status, 'skipped');
    for (const name of ['raw', 'in_time', 'no_timeout']) assert.equal(byName.get(name)!.status, 'success', name);
    assert.equal(byName.get('in_time')!.rowsOut, 1);
    assert.ok(existsSync(path.join(tmp, 'data', 'copy.csv')));
    assert.ok(readdirSync(path.join(folder, 'stories')).some((f) => f.endsWith('.html')), 'the story is written');
    assert.match(child.stdout, /FAILED\s+loop\s+\d+ ms\s+NODE_TIMEOUT attempt 1 timed out after 1000 ms/);
  });
}

test('user code of a node with timeout_ms runs in a worker thread; without it, in the runner\'s thread', async () => {
  const yaml = (timeout: string) => `
project: where
functions: [${JSON.stringify(FUNCTIONS)}]
connections: { data: { type: local, base_path: ${JSON.stringify(path.join(tmp, 'data'))} } }
pipelines:
  - pipeline: main
    nodes:
      - { name: ran, ${timeout} read: { connection: data, path: text.csv }, transform: { steps: [{ function: whereRan }] } }
`;
  for (const [timeout, mainThread] of [['timeout_ms: 30000,', false], ['', true]] as const) {
    const manager = await PipelineManager.fromConfig(loadProjectFromString(yaml(timeout), { baseDir: tmp }), { storyWriter: false });
    const results = await manager.run('main');
    assert.equal(results.node('ran').status, 'success', results.node('ran').error?.message);
    assert.deepEqual(manager.get('main').context.get('ran').objects(), [{ mainThread }], timeout || 'no timeout');
  }
});

test('a function made in code runs in the runner\'s thread, and Pipeline.validate() warns that its loop cannot be stopped', async () => {
  const project = loadProjectFromString(`
project: code
connections: { mem: { type: memory } }
pipelines:
  - pipeline: main
    nodes:
      - name: mine
        timeout_ms: 1000
        transform: { steps: [{ function: fromCode }] }
`, { baseDir: tmp, file: 'code.yaml' });
  const fromCode = (table: ColumnTable): ColumnTable => table;
  const pipeline = new Pipeline(project.pipelines[0]!, { project, functions: { fromCode }, storyWriter: false });
  const report = await pipeline.validate();
  assert.deepEqual(report.errors, []);
  const warning = report.warnings.find((w) => w.node === 'mine');
  assert.equal(warning?.code, 'NODE_TIMEOUT');
  assert.match(warning!.message, /function "fromCode" was not loaded from a module.*cannot stop a synchronous loop/);
  assert.deepEqual([warning!.file, warning!.line], ['code.yaml', 9]);
  assert.match(warning!.hint!, /functions:/);
});
