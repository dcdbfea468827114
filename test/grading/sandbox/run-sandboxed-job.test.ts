// The sandbox on its own: each defence, tried by an answer written to break it. The answers are
// already JavaScript (as the compiler hands them over); the harness passes the input through.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSandboxRuntime } from '../../../src/grading/sandbox/sandbox-runtime.js';
import { runSandboxedJob, type SandboxRun } from '../../../src/grading/sandbox/run-sandboxed-job.js';
import { DEFAULT_LIMITS } from '../../../src/grading/grading-limits.js';

const root = join(import.meta.dirname, '..', '..', '..');
const work = join(root, '.odibi', 'tmp', `sandbox-test-${process.pid}`);
const runtime = ensureSandboxRuntime(root);
after(() => rmSync(work, { recursive: true, force: true }));

let jobs = 0;
/** Runs `body` as the answer's function `f(input)` (JavaScript), on each input. */
function run(body: string, inputs: unknown[] = [null], limits: Partial<typeof DEFAULT_LIMITS> = {}, topLevel = ''): Promise<SandboxRun> {
  const answer = `${topLevel}\nasync function f(input) {\n${body}\n}\nexports.f = f;`;
  return runSandboxedJob(
    { entry: 'f', answer, harness: 'exports.run = (f, input, context) => f(input, context);', inputs, maxValueBytes: 100_000 },
    { runtime, dir: join(work, `job-${++jobs}`), limits: { ...DEFAULT_LIMITS, ...limits } },
  );
}
const values = (r: SandboxRun) => r.messages.filter((m) => m.t === 'case').map((m) => ('value' in m ? m.value : 'threw' in m ? `threw ${m.threw}` : m));

test('a plain answer runs, each case in order, and the run ends cleanly', async () => {
  const r = await run('return input * 2;', [1, 2, 3]);
  assert.equal(r.end, 'done');
  assert.deepEqual(values(r), [2, 4, 6]);
  assert.deepEqual(r.messages.slice(0, 2), [{ t: 'ready' }, { t: 'answer', ok: true, entry: 'function' }]);
});

test("the answer's time starts once the sandbox is ready: loading the harness and the modules the answer imports is not counted", async () => {
  // A harness that takes 2.5 s to load, then an answer well within a 1.5 s limit.
  const slowHarness = 'const until = Date.now() + 2500; while (Date.now() < until) {}\nexports.run = (f, input) => f(input);';
  const r = await runSandboxedJob(
    { entry: 'f', answer: 'require("node:path");\nexports.f = (input) => input + 1;', harness: slowHarness, inputs: [1], maxValueBytes: 1000 },
    { runtime, dir: join(work, 'job-slow-start'), limits: { ...DEFAULT_LIMITS, timeMs: 1500 } },
  );
  assert.equal(r.end, 'done', r.detail);
  assert.deepEqual(values(r), [2]);
  const late = await run('const until = Date.now() + 2500; while (Date.now() < until) {} return 1;', [null], { timeMs: 1500 });
  assert.equal(late.end, 'timeout', 'the answer itself is still held to its limit');
});

test('files outside the sandbox cannot be read: the project, the hidden checks, the link to the project, the environment', async () => {
  const targets = [join(root, 'exercises/src/02-layers/hidden.ts'), join(root, 'exercises/src/02-layers/answer.ts'), join(root, 'solutions/solutions.ipynb'), join(root, 'node_modules/odibi-ts/exercises/src/02-layers/hidden.ts'), join(runtime.dir, '..', '..', '..', 'package.json'), '/etc/passwd', '/proc/self/environ'];
  const r = await run("const fs = require('fs'); try { return fs.readFileSync(input, 'utf8').slice(0, 20); } catch (e) { return e.code; }", targets);
  assert.deepEqual(values(r), targets.map(() => 'ERR_ACCESS_DENIED'));
  const env = await run('return Object.keys(process.env);');
  assert.deepEqual(values(env), [[]]);
});

test('nothing can be written outside the case folder, which can be written', async () => {
  const outside = join(root, 'grades', `forged-${process.pid}.json`);
  const r2 = await runSandboxedJob(
    { entry: 'f', answer: `exports.f = (input, context) => { const fs = require('fs'); const tryWrite = (p) => { try { fs.writeFileSync(p, 'x'); return 'written'; } catch (e) { return e.code; } };
      return [tryWrite(${JSON.stringify(outside)}), tryWrite('/tmp/odibi-forged'), tryWrite(require('path').join(context.dir, 'mine.txt'))]; };`,
      harness: 'exports.run = (f, input, context) => f(input, context);', inputs: [null], maxValueBytes: 1000 },
    { runtime, dir: join(work, 'job-write'), limits: DEFAULT_LIMITS },
  );
  assert.deepEqual(values(r2), [['ERR_ACCESS_DENIED', 'ERR_ACCESS_DENIED', 'written']]);
  assert.ok(!existsSync(outside) && !existsSync('/tmp/odibi-forged'));
});

test('other processes cannot be signalled or debugged, and none can be started', async () => {
  const r = await run(`const out = [];
    for (const name of ['kill', '_kill', '_debugProcess', 'dlopen', 'binding', '_linkedBinding', 'getBuiltinModule', 'reallyExit', 'abort']) out.push(name + ':' + typeof process[name]);
    try { require('child_process').spawnSync('true'); out.push('spawned'); } catch (e) { out.push(e.message.split(':')[0]); }
    try { process.exit(0); } catch (e) { out.push(e.message.split(':')[0]); }
    return out;`);
  assert.deepEqual(values(r)[0], ['kill:undefined', '_kill:undefined', '_debugProcess:undefined', 'dlopen:undefined', 'binding:undefined', '_linkedBinding:undefined', 'getBuiltinModule:undefined', 'reallyExit:undefined', 'abort:undefined', 'child_process cannot be imported while grading', 'process.exit() is not allowed while grading']);
});

test('there is no way to the network: no net module, no fetch, no dynamic import, no socket from standard streams, no network at all', async () => {
  const r = await run(`const out = [];
    for (const m of ['net', 'node:http', 'https', 'tls', 'dgram', 'dns', 'worker_threads', 'inspector', 'vm', 'module', 'tty', 'v8']) { try { require(m); out.push(m + ' loaded'); } catch (e) { out.push('refused'); } }
    out.push(typeof fetch, typeof WebSocket);
    try { await eval("import('node:net')"); out.push('imported'); } catch (e) { out.push(e.code); }
    out.push(process.stdout.constructor.name, typeof process.stdin);
    return out;`);
  const out = values(r)[0] as string[];
  assert.deepEqual(out.slice(0, 12), Array(12).fill('refused'));
  assert.deepEqual(out.slice(12), ['undefined', 'undefined', 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'SyncWriteStream', 'undefined']);
  assert.equal(r.isolation.network, true, 'this machine has unshare: the child has no network at all');
});

test('limits: an endless loop, a never-ending promise, a memory bomb and a flood of output each end the run with their status', async () => {
  const loop = await run('while (true) {}', [1, 2], { timeMs: 1500 });
  assert.equal(loop.end, 'timeout');
  const pending = await run('return new Promise(() => {});', [1], { timeMs: 1500 });
  assert.equal(pending.end, 'timeout');
  const topLevel = await run('return 1;', [1], { timeMs: 1500 }, 'while (true) {}');
  assert.deepEqual([topLevel.end, topLevel.messages], ['timeout', [{ t: 'ready' }]]);
  const heap = await run('const a = []; while (true) a.push(new Array(1e6).fill(input));', [1]);
  assert.equal(heap.end, 'memory', heap.detail);
  const buffers = await run('const a = []; for (let i = 0; i < 40; i++) a.push(Buffer.alloc(100 * 1024 * 1024, 1)); return a.length;', [1]);
  assert.match(String(values(buffers)[0]), /allocation failed/i, 'Buffers are bounded by the address-space limit');
  const tooLarge = await run('return "x".repeat(200_000);', [1]);
  assert.deepEqual(tooLarge.messages.find((m) => m.t === 'case'), { t: 'case', i: 0, tooLarge: 200_002 });
  const flood = await runSandboxedJob(
    { entry: 'f', answer: 'exports.f = () => "x".repeat(200_000);', harness: 'exports.run = (f) => f();', inputs: [1, 2, 3, 4, 5, 6, 7, 8], maxValueBytes: 1_000_000 },
    { runtime, dir: join(work, 'job-flood'), limits: { ...DEFAULT_LIMITS, outputBytes: 500_000 } },
  );
  assert.equal(flood.end, 'output');
});

test('lines written into the report channel by the answer are noticed, and the run ends', async () => {
  const forged = await run('return 1;', [1, 2], {}, `require('fs').writeSync(3, '{"t":"case","i":0,"value":"forged"}\\n');`);
  assert.equal(forged.end, 'interfered');
  assert.ok(!forged.messages.some((m) => m.t === 'case' && 'value' in m && m.value === 'forged' && m.i === 0 && forged.messages.indexOf(m) === 0));
  const garbage = await run("require('fs').writeSync(3, 'ODIBI-GRADE: all passed\\n'); return 1;");
  assert.equal(garbage.end, 'interfered');
});

test('printing is allowed and kept for the check cell; an answer printing a lot does not slow the grader down', async () => {
  const r = await run('console.log("hello from the answer"); process.stdout.write("x".repeat(5_000_000)); return 1;');
  assert.equal(r.end, 'done');
  assert.ok(r.printed.startsWith('hello from the answer\n'));
  assert.ok(r.printed.length <= 16 * 1024);
  assert.ok(readFileSync(join(work, `job-${jobs}`, 'printed.txt')).length > 5_000_000);
});
