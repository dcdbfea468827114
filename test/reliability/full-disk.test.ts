// Full disks and cut-short files: the results file goes through the same atomic write as data, so
// a run that cannot save its results (the disk full: here a real `odibi` process under a file-size
// limit) keeps the previous file whole, says why (RESULTS_WRITE) and exits 1; a data write that
// fails keeps the previous output; a truncated or corrupt results file given to --resume is a clear
// error with its line and column, and nothing runs.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { courseProject } from '../cli/commands/run-fixture.js';
import { hasStackTrace, runCliCaptured } from '../helpers/run-cli-captured.js';
import { BIN } from '../helpers/spawn-odibi.js';

const folders: string[] = [];
after(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));
const RESULTS = '.odibi/last-run/results.json';

function project(): string {
  const dir = path.dirname(courseProject());
  folders.push(dir);
  return dir;
}

/**
 * `odibi <args>` in a process that may not write files larger than `bytes` (`prlimit --fsize`, with
 * SIGXFSZ ignored so a write past the limit fails with EFBIG, as on a full disk).
 */
function odibiWithFileLimit(args: string[], cwd: string, bytes: number) {
  const command = `trap '' XFSZ; exec prlimit --fsize=${bytes} -- "$@"`;
  const run = spawnSync('bash', ['-c', command, 'odibi', process.execPath, BIN, ...args], { cwd, encoding: 'utf8' });
  assert.equal(run.error, undefined);
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('a run whose results cannot be written (EFBIG) keeps the previous results whole, says RESULTS_WRITE, exits 1; --resume of them still works', async () => {
  const dir = project();
  assert.equal((await runCliCaptured(['run', 'project.yaml'], dir)).code, 0);
  const before = readFileSync(path.join(dir, RESULTS));
  assert.ok(before.length > 4096, 'the results are larger than the limit below');
  const run = odibiWithFileLimit(['run', 'project.yaml', '--fail', 'A'], dir, 4096);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.match(run.stderr, /^RESULTS_WRITE the results of this run could not be written to .*results\.json: EFBIG: file too large/m);
  assert.match(run.stderr, /the previous results file is unchanged/);
  assert.ok(!hasStackTrace(run.stderr) && !run.stderr.includes('unexpected error'), run.stderr);
  assert.match(run.stdout, /results: not saved/);
  assert.doesNotMatch(run.stdout, /--resume/, 'no resume command pointing at results of another run');
  assert.deepEqual(readFileSync(path.join(dir, RESULTS)), before, 'byte-identical');
  assert.deepEqual(readdirSync(path.join(dir, '.odibi/last-run')), ['results.json'], 'no temporary file left');
  const resumed = await runCliCaptured(['run', 'project.yaml', '--resume', RESULTS], dir);
  assert.equal(resumed.code, 0, resumed.stdout);
});

test('a data write that fails on a full disk fails its node and keeps the previous output; the run saves its results', () => {
  const dir = project();
  const big = ['x', ...Array.from({ length: 3000 }, (_, i) => String(i))].join('\n') + '\n';
  writeFileSync(path.join(dir, 'data/a.csv'), big);
  const previous = 'x\n7\n';
  mkdirSync(path.join(dir, 'data/out'));
  writeFileSync(path.join(dir, 'data/out/a.csv'), previous);
  const limit = 12_000;
  assert.ok(big.length > limit);
  const run = odibiWithFileLimit(['run', 'project.yaml', '--pipeline', 'course', '--select', 'A'], dir, limit);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /FAILED +A .*CONNECTION_IO I\/O error on files:out\/a\.csv .*EFBIG/);
  assert.equal(readFileSync(path.join(dir, 'data/out/a.csv'), 'utf8'), previous);
  assert.deepEqual(readdirSync(path.join(dir, 'data/out')), ['a.csv'], 'no temporary file left');
  assert.ok(statSync(path.join(dir, RESULTS)).size < limit);
  assert.equal(JSON.parse(readFileSync(path.join(dir, RESULTS), 'utf8')).course.status, 'failed');
});

/** Variants of a damaged results file: its text from the complete one, and what the error must say. */
const DAMAGED: { name: string; damage: (text: string) => string; words: RegExp; truncated: boolean }[] = [
  { name: 'cut at half', damage: (t) => t.slice(0, Math.floor(t.length / 2)), words: /before its JSON does: it was cut short/, truncated: true },
  { name: 'cut to one byte', damage: (t) => t.slice(0, 1), words: /before its JSON does/, truncated: true },
  { name: 'empty', damage: () => '', words: /ends at line 1, column 1 before its JSON does/, truncated: true },
  { name: 'garbage in the middle', damage: (t) => `${t.slice(0, 200)}\u0000#garbage${t.slice(200)}`, words: /not JSON at line \d+, column \d+/, truncated: false },
  { name: 'valid JSON, not results', damage: () => '{"course": {"status": "done"}}\n', words: /pipeline "course": /, truncated: false },
];

for (const variant of DAMAGED) {
  test(`--resume of a results file ${variant.name} is PIPELINE_RESUME with its place and a fix, and runs nothing`, async () => {
    const dir = project();
    assert.equal((await runCliCaptured(['run', 'project.yaml', '--fail', 'B'], dir)).code, 1);
    writeFileSync(path.join(dir, RESULTS), variant.damage(readFileSync(path.join(dir, RESULTS), 'utf8')));
    const outputs = readdirSync(path.join(dir, 'data/out')).sort();
    const stamp = statSync(path.join(dir, 'data/out/a.csv')).mtimeMs;
    const run = await runCliCaptured(['run', 'project.yaml', '--resume', RESULTS], dir);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const line = run.stderr.trim();
    assert.match(line, /^\.odibi\/last-run\/results\.json(:\d+:\d+)? PIPELINE_RESUME cannot resume from /);
    if (variant.name !== 'valid JSON, not results') assert.match(line, /^\.odibi\/last-run\/results\.json:\d+:\d+ /, 'line and column');
    assert.match(line, variant.words);
    assert.match(line, variant.truncated ? /run without --resume to start again/ : /pass the results JSON written by a previous run/);
    assert.ok(!hasStackTrace(run.stderr + run.stdout));
    assert.equal(run.stdout, '', 'nothing ran');
    assert.deepEqual(readdirSync(path.join(dir, 'data/out')).sort(), outputs);
    assert.equal(statSync(path.join(dir, 'data/out/a.csv')).mtimeMs, stamp);
  });
}
