// The CLI survives a reader that goes away: `odibi run project.yaml | head -2` and `odibi plan ... |
// head` complete their work (a run writes every output and its results), print no stack trace,
// and exit with the command's own code (docs/cli.md, "Exit codes").
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { courseProject } from '../cli/commands/run-fixture.js';
import { hasStackTrace } from '../helpers/run-cli-captured.js';
import { BIN, collect } from '../helpers/spawn-odibi.js';

const folders: string[] = [];
after(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

function project(): { file: string; dir: string } {
  const file = courseProject();
  folders.push(path.dirname(file));
  return { file, dir: path.dirname(file) };
}

/** Every pipeline of the saved results, with its status. */
function savedStatuses(dir: string): Record<string, string> {
  const record = JSON.parse(readFileSync(path.join(dir, '.odibi/last-run/results.json'), 'utf8')) as Record<string, { status: string }>;
  return Object.fromEntries(Object.entries(record).map(([name, r]) => [name, r.status]));
}

/** `odibi <args>` whose stdout (and stderr, with `both`) nobody reads: the read end is closed before it writes. */
async function withClosedOutput(args: string[], cwd: string, both = false) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const done = collect(child);
  child.stdout.destroy();
  if (both) child.stderr.destroy();
  return done;
}

/** A shell pipeline, with the exit code of odibi (its first command) printed last on stderr. */
function shell(pipeline: string, cwd: string) {
  const run = spawnSync('bash', ['-c', `${pipeline}; echo "odibi exit \${PIPESTATUS[0]}" >&2`], { cwd, encoding: 'utf8', env: { ...process.env, ODIBI: `${process.execPath} ${BIN}` } });
  const exit = /odibi exit (\d+)\s*$/.exec(run.stderr);
  return { stdout: run.stdout, stderr: run.stderr, code: exit ? Number(exit[1]) : undefined };
}

test('odibi run with a closed stdout runs every pipeline, writes every output and its results, exits 0 without a stack trace', async () => {
  const { dir } = project();
  const run = await withClosedOutput(['run', 'project.yaml'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(!hasStackTrace(run.stderr), run.stderr);
  assert.equal(run.stderr, '');
  assert.deepEqual(savedStatuses(dir), { course: 'success', report: 'success' });
  assert.deepEqual(readdirSync(path.join(dir, 'data/out')).sort(), ['a.csv', 'b.csv', 'c.csv', 'd.csv', 'e.csv']);
});

test('`odibi run project.yaml | head -2` prints two lines, and the run completes with exit 0 and its results', () => {
  const { dir } = project();
  const run = shell('$ODIBI run project.yaml | head -2', dir);
  assert.equal(run.stdout, 'pipeline course: 5 nodes in 3 layers\n' + run.stdout.split('\n')[1] + '\n');
  assert.equal(run.stdout.split('\n').length, 3);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(!hasStackTrace(run.stderr), run.stderr);
  assert.deepEqual(savedStatuses(dir), { course: 'success', report: 'success' });
});

test('a failed run with stdout and stderr closed still writes its results, and exits 1', async () => {
  const { dir } = project();
  const run = await withClosedOutput(['run', 'project.yaml', '--fail', 'B'], dir, true);
  assert.equal(run.code, 1);
  assert.deepEqual(savedStatuses(dir), { course: 'partial', report: 'skipped' });
});

test('odibi run --json with a closed stdout still saves the results file', async () => {
  const { dir } = project();
  const run = await withClosedOutput(['run', 'project.yaml', '--json'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(!hasStackTrace(run.stderr), run.stderr);
  assert.deepEqual(savedStatuses(dir), { course: 'success', report: 'success' });
});

test('odibi plan with a closed stdout, and `odibi plan | head -1` on a 3,000-node project, exit 0 without a stack trace', async () => {
  const { dir } = project();
  const closed = await withClosedOutput(['plan', 'project.yaml'], dir);
  assert.equal(closed.code, 0, closed.stderr);
  assert.equal(closed.stderr, '');
  const nodes = Array.from({ length: 3000 }, (_, i) => `      - { name: node_${i}, read: { connection: files, path: a.csv } }`);
  writeFileSync(path.join(dir, 'big.yaml'), `project: big\nconnections: { files: { type: local, base_path: data } }\npipelines:\n  - pipeline: big\n    nodes:\n${nodes.join('\n')}\n`);
  const head = shell('$ODIBI plan big.yaml | head -1', dir);
  assert.equal(head.stdout, 'pipeline big: 3000 nodes in 1 layer\n');
  assert.equal(head.code, 0, head.stderr);
  assert.ok(!hasStackTrace(head.stderr), head.stderr);
});
