import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../src/cli/main.js';
import { courseProject, COURSE_YAML } from './run-fixture.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const made: string[] = [];
after(() => made.forEach((f) => rmSync(path.dirname(f), { recursive: true, force: true })));

function project(yaml?: string): string {
  const file = courseProject(yaml);
  made.push(file);
  return file;
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: { write: (s) => (stdout += s) }, stderr: { write: (s) => (stderr += s) }, cwd });
  return { code, stdout, stderr };
}

test('a failed run prints a line per node, a summary per pipeline, the resume command, and exits 1', async () => {
  const file = project();
  const { code, stdout } = await cli(['run', 'project.yaml', '--fail', 'B', '--strategy', 'layers'], path.dirname(file));
  assert.equal(code, 1);
  assert.match(stdout, /^ {2}ok +A +\d+ ms +2 rows$/m);
  assert.match(stdout, /^ {2}FAILED +B .*NODE_INJECTED/m);
  assert.match(stdout, /^ {2}skipped +E +upstream node "B" failed$/m);
  assert.match(stdout, /pipeline course: partial, 2 completed, 1 failed, 2 skipped/);
  assert.match(stdout, /pipeline report: skipped because pipeline course did not succeed/);
  assert.match(stdout, /^ {2}odibi run project\.yaml --strategy layers --resume \.odibi\/last-run\/results\.json$/m);
  assert.ok(existsSync(path.join(path.dirname(file), '.odibi', 'last-run', 'results.json')));
});

test('a successful run exits 0; --json prints only the record of results by pipeline name', async () => {
  const file = project();
  const { code, stdout, stderr } = await cli(['run', file, '--json'], root);
  assert.equal(code, 0, stderr);
  const record = JSON.parse(stdout);
  assert.deepEqual(Object.keys(record), ['course', 'report']);
  assert.equal(record.course.schemaVersion, 1);
  assert.deepEqual(record.course.completed, ['A', 'B', 'C', 'D', 'E']);
  assert.equal(record.report.nodeResults[0].rowsOut, 3);
});

test('--pipeline, --select and --max-concurrency reach the run', async () => {
  const file = project();
  const { code, stdout } = await cli(['run', file, '--pipeline', 'course', '--select', '+C', '--max-concurrency', '1', '--json'], root);
  assert.equal(code, 0);
  const record = JSON.parse(stdout);
  assert.deepEqual(Object.keys(record), ['course']);
  assert.deepEqual(record.course.notRun, ['B', 'D', 'E']);
  assert.equal(record.course.maxConcurrency, 1);
});

test('user errors are one line each, never a stack trace', async () => {
  const file = project();
  const bad = await cli(['run', file, '--strategy', 'parallel'], root);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /USAGE --strategy must be one of dynamic, layers, sequential, got "parallel"/);
  const unknown = await cli(['run', file, '--pipeline', 'cource'], root);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /PIPELINE_UNKNOWN no pipeline named "cource"; available: course, report \(did you mean "course"\?\)/);
  const missing = await cli(['run', file, '--resume', 'nowhere.json'], root);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /PIPELINE_RESUME cannot resume from .*nowhere\.json: the file does not exist/);
  for (const r of [bad, unknown, missing]) assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at /);
});

test('--strategy and --max-concurrency are read by the run\'s own check; the help lists the strategies', async () => {
  const file = project();
  const bad = await cli(['run', file, '--max-concurrency', '0'], root);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^USAGE --max-concurrency must be a whole number of at least 1, got "0"/);
  const help = await cli(['run', '--help'], root);
  assert.match(help.stdout.replace(/\s+/g, ' '), /--strategy <strategy> when a node may start \(choices: "dynamic", "layers", "sequential"\)/);
});

test('an unknown function is reported at its line; --functions registers a module', async () => {
  const yaml = COURSE_YAML.replace('transform: { steps: [{ operation: union, params: { with: D } }] }', 'transform: { steps: [{ function: double }] }');
  const file = project(yaml);
  const unknown = await cli(['run', file], root);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stdout, /project\.yaml:\d+:\d+ CONFIG_UNKNOWN_FUNCTION .*"double"/);
  const module = path.join(path.dirname(file), 'fns.ts');
  writeFileSync(module, 'export function double(t: any) { return t.derive({ x: (d: any) => d.x * 2 }); }\n');
  const ok = await cli(['run', file, '--functions', module, '--json'], root);
  assert.equal(ok.code, 0, ok.stderr + ok.stdout);
  assert.deepEqual(JSON.parse(ok.stdout).course.nodeResults[4].sample.map((r: { x: number }) => r.x), [2, 4]);
});

test('resume from the results file in a new process (the real bin) re-runs only the failed and skipped nodes', async () => {
  const file = project();
  const run = promisify(execFile);
  const odibi = (args: string[]) => run(process.execPath, [path.join(root, 'bin/odibi.js'), ...args], { cwd: path.dirname(file) })
    .then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);
  const first = await cli(['run', 'project.yaml', '--fail', 'B', '--json'], path.dirname(file));
  assert.equal(first.code, 1);
  assert.deepEqual(JSON.parse(first.stdout).course.failed, ['B']);
  const command = first.stderr.split('\n').find((l) => l.trim().startsWith('odibi run'))!.trim().split(' ');
  assert.deepEqual(command, ['odibi', 'run', 'project.yaml', '--resume', '.odibi/last-run/results.json']);
  const second = await odibi([...command.slice(1), '--json']);
  assert.equal(second.code, 0, second.stderr);
  const course = JSON.parse(second.stdout).course;
  const reused = course.nodeResults.filter((r: { reused?: boolean }) => r.reused).map((r: { name: string }) => r.name);
  assert.deepEqual(reused, ['A', 'C']);
  assert.deepEqual(course.completed, ['A', 'B', 'C', 'D', 'E']);
  assert.equal(readFileSync(path.join(path.dirname(file), 'data', 'out', 'e.csv'), 'utf8'), 'x,y\n1,2\n2,4\n10,30\n');
});
