// Concurrent runs of one project lose nothing: `odibi run` holds the project's lease lock, so a
// second run fails at once (exit 3, LOCK_HELD naming the holder) or, with --wait, waits its turn
// (exit 4 when --wait SECONDS runs out); a holder killed with SIGKILL, or on a machine that stopped
// renewing its lease, is taken over. Every run here is a real `odibi` process.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasStackTrace } from '../helpers/run-cli-captured.js';
import { runOdibi, startOdibi } from '../helpers/spawn-odibi.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-concurrent-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let folders = 0;

const ROWS = 20_000;
const WRITERS = 4;

/**
 * A project of `WRITERS` pipelines, each appending the rows of its own input (`run` = its number,
 * `i` = 0..ROWS-1) to the one output out/all.csv; and a pipeline `slow` that appends 2 rows once
 * the file `release` exists in the project folder (a function step waits for it), so it holds the
 * lock exactly as long as a test needs, however slow the machine.
 */
function appendProject(): string {
  const dir = path.join(tmp, `p${++folders}`);
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  for (let run = 1; run <= WRITERS; run++) {
    const lines = ['run,i'];
    for (let i = 0; i < ROWS; i++) lines.push(`${run},${i}`);
    writeFileSync(path.join(dir, 'data', `in${run}.csv`), `${lines.join('\n')}\n`);
  }
  writeFileSync(path.join(dir, 'data', 'slow.csv'), 'run,i\n0,0\n0,1\n');
  writeFileSync(path.join(dir, 'slow.mjs'), `import { existsSync } from 'node:fs';
export async function slow(table) {
  while (!existsSync('release')) await new Promise((resolve) => setTimeout(resolve, 20));
  return table;
}
`);
  const pipelines = Array.from({ length: WRITERS }, (_, k) => `  - pipeline: p${k + 1}
    nodes:
      - { name: load${k + 1}, read: { connection: data, path: in${k + 1}.csv }, write: { connection: data, path: out/all.csv, mode: append } }`);
  writeFileSync(path.join(dir, 'project.yaml'), `project: concurrent
connections: { data: { type: local, base_path: data } }
story: { auto_generate: false }
functions: [slow.mjs]
pipelines:
${pipelines.join('\n')}
  - pipeline: slow
    nodes:
      - name: hold
        read: { connection: data, path: slow.csv }
        transform: { steps: [ { function: slow } ] }
        write: { connection: data, path: out/all.csv, mode: append }
`);
  return dir;
}

/** Rows of out/all.csv by `run,i`, counted. */
function rowCounts(dir: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lines = readFileSync(path.join(dir, 'data/out/all.csv'), 'utf8').trim().split('\n');
  assert.equal(lines[0], 'run,i');
  for (const line of lines.slice(1)) counts.set(line, (counts.get(line) ?? 0) + 1);
  return counts;
}

/** Resolves once the child has written text matching `pattern` on stderr. */
function saidOnStderr(child: ChildProcess, pattern: RegExp): Promise<void> {
  let text = '';
  return new Promise((resolve) => child.stderr!.on('data', (d) => pattern.test((text += d)) && resolve()));
}

/** Lets the \`slow\` pipeline's run finish. */
const release = (dir: string) => writeFileSync(path.join(dir, 'release'), '');

/** Resolves once the project's lock file exists (the run holding it has started its work). */
async function lockTaken(dir: string): Promise<void> {
  for (let waited = 0; !existsSync(path.join(dir, '.odibi/run.lock')); waited += 20) {
    assert.ok(waited < 60_000, 'the slow run never took the lock');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test(`${WRITERS} concurrent runs with --wait append ${ROWS.toLocaleString('en-US')} rows each, three rounds: every row is there exactly once a round`, async () => {
  const dir = appendProject();
  for (let round = 1; round <= 3; round++) {
    const runs = await Promise.all(Array.from({ length: WRITERS }, (_, k) => runOdibi(['run', 'project.yaml', '--pipeline', `p${k + 1}`, '--wait'], dir)));
    for (const run of runs) {
      assert.equal(run.code, 0, `round ${round}: ${run.stdout}${run.stderr}`);
      assert.ok(!hasStackTrace(run.stderr), run.stderr);
    }
    const counts = rowCounts(dir);
    assert.equal([...counts.values()].reduce((a, b) => a + b, 0), round * WRITERS * ROWS, `round ${round}: every row of every run`);
    assert.equal(counts.size, WRITERS * ROWS);
    assert.ok([...counts.values()].every((n) => n === round), `round ${round}: each row once per round`);
  }
  assert.deepEqual(readdirSync(path.join(dir, '.odibi')).sort(), ['last-run'], 'the lock is released');
  assert.deepEqual(readdirSync(path.join(dir, 'data/out')), ['all.csv'], 'no temporary file left');
});

test('without --wait, a run of a project another run holds fails at once: exit 3, LOCK_HELD naming the holder, nothing written', async () => {
  const dir = appendProject();
  const holder = startOdibi(['run', 'project.yaml', '--pipeline', 'slow'], dir);
  await lockTaken(dir);
  const second = await runOdibi(['run', 'project.yaml', '--pipeline', 'p1'], dir);
  release(dir);
  assert.equal(second.code, 3, second.stdout + second.stderr);
  assert.match(second.stderr, new RegExp(`LOCK_HELD project project\\.yaml is locked by odibi run project\\.yaml --pipeline slow \\(pid ${holder.child.pid} on ${os.hostname()}, since `));
  assert.match(second.stderr, /pass --wait to wait for it/);
  assert.ok(!hasStackTrace(second.stderr));
  const first = await holder.done;
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual([...rowCounts(dir).keys()], ['0,0', '0,1'], 'only the holder\'s rows: the refused run wrote nothing');
});

test('--wait waits for the holder, saying so, then runs; --wait SECONDS that runs out exits 4 with LOCK_TIMEOUT', async () => {
  const dir = appendProject();
  const holder = startOdibi(['run', 'project.yaml', '--pipeline', 'slow'], dir);
  await lockTaken(dir);
  const waiting = startOdibi(['run', 'project.yaml', '--pipeline', 'p1', '--wait'], dir);
  const waitingSaid = saidOnStderr(waiting.child, /waiting for project\.yaml/);
  const timedOut = await runOdibi(['run', 'project.yaml', '--pipeline', 'p2', '--wait', '1'], dir);
  await waitingSaid;
  release(dir);
  const waited = await waiting.done;
  assert.equal(timedOut.code, 4, timedOut.stdout + timedOut.stderr);
  assert.match(timedOut.stderr, /LOCK_TIMEOUT waited 1 s for project project\.yaml: it is still locked by odibi run project\.yaml --pipeline slow/);
  assert.equal(waited.code, 0, waited.stdout + waited.stderr);
  assert.match(waited.stderr, /^waiting for project\.yaml: locked by odibi run project\.yaml --pipeline slow \(pid \d+/m);
  assert.equal((await holder.done).code, 0);
  const counts = rowCounts(dir);
  assert.equal(counts.size, 2 + ROWS, 'the holder\'s rows and the waiting run\'s, and none of the run that gave up');
  assert.ok([...counts.keys()].every((k) => !k.startsWith('2,')));
});

test('a holder killed with SIGKILL is taken over at once by the next run, which says so; the killed run wrote nothing', async () => {
  const dir = appendProject();
  const holder = startOdibi(['run', 'project.yaml', '--pipeline', 'slow'], dir);
  await lockTaken(dir);
  holder.child.kill('SIGKILL');
  assert.equal((await holder.done).signal, 'SIGKILL');
  assert.ok(existsSync(path.join(dir, '.odibi/run.lock')), 'the dead run left its lock behind');
  const next = await runOdibi(['run', 'project.yaml', '--pipeline', 'p1'], dir);
  assert.equal(next.code, 0, next.stdout + next.stderr);
  assert.match(next.stderr, new RegExp(`took over the lock of project\\.yaml from odibi run project\\.yaml --pipeline slow \\(pid ${holder.child.pid} on .*\\), which is gone`));
  assert.equal(rowCounts(dir).size, ROWS);
  assert.ok(!existsSync(path.join(dir, '.odibi/run.lock')));
});

test('a holder on another machine is held to its lease: refused while it is fresh, taken over once it expired', async () => {
  const dir = appendProject();
  mkdirSync(path.join(dir, '.odibi'));
  const file = path.join(dir, '.odibi/run.lock');
  /** A lock of another machine, last renewed (touched) `renewedAgoMs` ago. */
  const lock = (renewedAgoMs: number) => {
    writeFileSync(file, JSON.stringify({ holder: 'odibi run project.yaml', pid: 4242, host: 'lost-machine', start: new Date(Date.now() - 60_000).toISOString(), leaseMs: 30_000, token: `t${renewedAgoMs}` }));
    const renewed = new Date(Date.now() - renewedAgoMs);
    utimesSync(file, renewed, renewed);
  };
  lock(2_000);
  const refused = await runOdibi(['run', 'project.yaml', '--pipeline', 'p1'], dir);
  assert.equal(refused.code, 3, refused.stderr);
  assert.match(refused.stderr, /LOCK_HELD .*pid 4242 on lost-machine, since .*, renewed \d+ s ago\)/);
  assert.match(refused.stderr, /after its 30 s lease elsewhere/);
  lock(31_000);
  const next = await runOdibi(['run', 'project.yaml', '--pipeline', 'p1'], dir);
  assert.equal(next.code, 0, next.stderr);
  assert.match(next.stderr, /took over the lock of project\.yaml from odibi run project\.yaml \(pid 4242 on lost-machine/);
  assert.equal(rowCounts(dir).size, ROWS);
});
