/**
 * Runs one exercise's job in a sandboxed child (see `sandboxCommand`) and
 * collects what it reports, with the limits enforced from here: the child is
 * killed when its time is up, when it reports more than its share of bytes,
 * or when its report breaks the expected sequence (the answer cell, then each
 * case in order, then the end), which only an answer writing to the report's
 * channel can cause. Never throws for anything the child does.
 *
 * @example
 * ```ts
 * import * as path from 'node:path';
 * import { ensureSandboxRuntime } from 'odibi-ts/dist/src/grading/sandbox/sandbox-runtime.js';
 * import { runSandboxedJob } from 'odibi-ts/dist/src/grading/sandbox/run-sandboxed-job.js';
 * const root = path.resolve('..');
 * const run = await runSandboxedJob(
 *   { entry: 'twice', answer: 'exports.twice = (x) => 2 * x;', harness: 'exports.run = (f, input) => f(input);', inputs: [1, 2], maxValueBytes: 1000 },
 *   { runtime: ensureSandboxRuntime(root), dir: path.join(root, '.odibi', 'tmp', 'sandbox-example'), limits: { timeMs: 10_000, memoryMb: 1024, outputBytes: 100_000 } },
 * );
 * run.messages.map((m) => m.t); // ['answer', 'case', 'case', 'done']
 * ```
 */
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, fstatSync, mkdirSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSandboxMessage } from './parse-sandbox-message.js';
import { sandboxCommand, type SandboxIsolation, type SandboxLimits } from './sandbox-command.js';
import type { SandboxJob, SandboxMessage } from './sandbox-job.js';
import type { SandboxRuntime } from './sandbox-runtime.js';

/** How the child's run ended. */
export type SandboxEnd = 'done' | 'timeout' | 'memory' | 'output' | 'crashed' | 'interfered';

/** What one sandboxed run reported. */
export interface SandboxRun {
  /** The valid messages, in order (up to the first one out of sequence). */
  messages: SandboxMessage[];
  end: SandboxEnd;
  /** What went wrong, for every end but `done`. */
  detail?: string;
  /** The start of what the answer printed (stdout and stderr), for the check cell. */
  printed: string;
  isolation: SandboxIsolation;
}

/** Options of {@link runSandboxedJob}. */
export interface RunSandboxedJobOptions {
  runtime: SandboxRuntime;
  /** An empty folder of the grader's for this run (the job file, printed output, case folders). */
  dir: string;
  limits: SandboxLimits;
}

const PRINTED_BYTES = 16 * 1024;
/**
 * How long the sandbox may take to load the harness and the modules the
 * answer imports, before the answer's own time starts: that is the grader's
 * work, and on a busy machine loading the library alone can take seconds.
 */
export const STARTUP_MS = 60_000;
const TAIL_BYTES = 4 * 1024;

export function runSandboxedJob(job: SandboxJob, options: RunSandboxedJobOptions): Promise<SandboxRun> {
  const { dir, limits } = options;
  const cases = join(dir, 'cases');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(cases, { recursive: true });
  const jobFile = join(dir, 'job.json');
  writeFileSync(jobFile, JSON.stringify(job));
  const { argv, isolation } = sandboxCommand({ readable: [`${options.runtime.dir}/`, `${dir}/`], writable: `${cases}/`, main: options.runtime.childMain, args: [jobFile, cases], limits });
  if (isolation.unprivileged) chmodSync(cases, 0o777);
  const printedFile = join(dir, 'printed.txt');
  const printedFd = openSync(printedFile, 'w');
  const child = spawn(argv[0]!, argv.slice(1), { cwd: cases, env: {}, stdio: ['ignore', printedFd, printedFd, 'pipe'] });
  closeSync(printedFd);
  return new Promise((resolve) => {
    const messages: SandboxMessage[] = [];
    let end: SandboxEnd | undefined;
    let detail: string | undefined;
    let pending = '';
    let received = 0;
    const stop = (why: SandboxEnd, what?: string) => {
      if (end) return;
      end = why;
      detail = what;
      child.kill('SIGKILL');
    };
    // The answer's time limit starts once the sandbox says it is ready (nothing of the answer has run before).
    let timer = setTimeout(() => stop('crashed', `the sandbox did not start within ${STARTUP_MS / 1000} s`), STARTUP_MS);
    const answerTime = () => {
      clearTimeout(timer);
      timer = setTimeout(() => stop('timeout', `did not finish within ${limits.timeMs / 1000} s`), limits.timeMs);
    };
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.outputBytes) return stop('output', `reported more than ${limits.outputBytes} bytes`);
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const message = parseSandboxMessage(line);
        const problem = message ? outOfSequence(messages, message, job.inputs.length) : 'a line that is not a report';
        if (problem) return stop('interfered', `the report was written to by something else (${problem})`);
        messages.push(message!);
        if (message!.t === 'ready') answerTime();
        if (message!.t === 'done') stop('done');
        if (message!.t === 'fatal') stop('crashed', `the grading harness failed: ${message!.error}`);
      }
    });
    child.on('error', (error) => stop('crashed', `the sandbox could not start: ${error.message}`));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const printed = readPart(printedFile, 0, PRINTED_BYTES);
      if (!end) {
        const tail = readPart(printedFile, -TAIL_BYTES, TAIL_BYTES);
        end = crashKind(tail, signal);
        detail = `the process ended (${signal ?? `exit code ${code}`}) before the grading finished${lastLine(tail)}`;
      }
      resolve({ messages, end, ...(detail ? { detail } : {}), printed, isolation });
    });
  });
}

/** Why a message cannot come next, or undefined when it can. */
function outOfSequence(before: readonly SandboxMessage[], message: SandboxMessage, cases: number): string | undefined {
  const last = before[before.length - 1];
  if (message.t === 'fatal') return undefined;
  if (message.t === 'ready') return last === undefined ? undefined : 'a second ready line';
  if (message.t === 'answer') return last?.t === 'ready' ? undefined : last === undefined ? 'an answer before the sandbox was ready' : 'a second answer line';
  if (message.t === 'case') {
    const expected = last?.t === 'case' ? last.i + 1 : last?.t === 'answer' ? 0 : -1;
    return message.i === expected && message.i < cases ? undefined : `case ${message.i} out of order`;
  }
  return last?.t === 'case' || last?.t === 'answer' || last?.t === 'ready' ? undefined : 'an early end';
}

function crashKind(printed: string, signal: NodeJS.Signals | null): SandboxEnd {
  if (signal === 'SIGXFSZ') return 'output';
  if (/heap out of memory|allocation failed|out of memory|Cannot allocate memory/i.test(printed) || signal === 'SIGXCPU') return signal === 'SIGXCPU' ? 'timeout' : 'memory';
  return 'crashed';
}

/** Up to `bytes` bytes of a file from `from` (negative: that far before its end). */
function readPart(file: string, from: number, bytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const start = from >= 0 ? from : Math.max(0, fstatSync(fd).size + from);
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, start)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function lastLine(printed: string): string {
  const line = printed.trim().split('\n').filter((l) => l.trim() !== '').pop();
  return line ? `: ${line.slice(0, 300)}` : '';
}
