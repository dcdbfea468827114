/**
 * The command line that starts a sandboxed child: Node's permission model
 * (reads only in the sandbox's runtime and the job's folder, writes only in
 * the job's case folder, no child processes, workers or native addons), under
 * an address-space, file-size and CPU-time limit (`prlimit`), in a network
 * namespace of its own (`unshare -n`: no network at all) and, when the grader
 * runs as root, as the user `nobody` (`setpriv`). Each of these tools is used
 * when this system has it; {@link SandboxIsolation} says which were.
 *
 * @example
 * ```ts
 * import { sandboxCommand } from 'odibi-ts/dist/src/grading/sandbox/sandbox-command.js';
 * const { argv, isolation } = sandboxCommand({
 *   readable: ['/p/.odibi/sandbox/abc/', '/p/.odibi/grading/x/ex-01/'], writable: '/p/.odibi/grading/x/ex-01/cases/',
 *   main: '/p/.odibi/sandbox/abc/node_modules/odibi-ts/dist/src/grading/sandbox/sandbox-main.js', args: ['job.json'],
 *   limits: { timeMs: 10_000, memoryMb: 1024, outputBytes: 1_000_000 },
 * });
 * argv.includes('--experimental-permission'); // true
 * isolation.permissions; // true
 * ```
 */
import { spawnSync } from 'node:child_process';

/** Limits of one sandboxed child. */
export interface SandboxLimits {
  /** Wall time for the whole exercise (answer cell and every case). */
  timeMs: number;
  /** Address space in MiB (Buffers included). */
  memoryMb: number;
  /** Bytes the child may report back, and may print. */
  outputBytes: number;
}

/** Which defences this system could put around the child. */
export interface SandboxIsolation {
  /** Node's permission model (always). */
  permissions: true;
  /** No network: a network namespace of its own (`unshare -n`). */
  network: boolean;
  /** Memory bounded as address space (`prlimit --as`), not only the JavaScript heap. */
  addressSpace: boolean;
  /** Runs as `nobody` instead of the grader's user (when the grader is root and has `setpriv`). */
  unprivileged: boolean;
}

/** What to start. */
export interface SandboxCommandInput {
  readable: string[];
  writable: string;
  main: string;
  args: string[];
  limits: SandboxLimits;
}

/** Bytes any file the child writes may reach (its printed output, a table in its case folder). */
const FILE_LIMIT_BYTES = 64 * 1024 * 1024;
/** CPU time the start-up (loading the harness and the library) may take on top of the answer's limit. */
const STARTUP_CPU_MS = 20_000;

/** Each tool's command prefix, when this system has it. */
interface Tools {
  unshare?: string[];
  prlimit?: string[];
  setpriv?: string[];
}

let tools: Tools | undefined;

/** The child's command line (`argv[0]` is the program) and the isolation it gets. */
export function sandboxCommand(input: SandboxCommandInput): { argv: string[]; isolation: SandboxIsolation } {
  const found = (tools ??= findTools());
  const { limits } = input;
  const node = [
    process.execPath,
    '--experimental-permission',
    ...input.readable.map((dir) => `--allow-fs-read=${dir}`),
    `--allow-fs-write=${input.writable}`,
    `--max-old-space-size=${Math.max(64, Math.floor(limits.memoryMb / 4))}`,
    '--disable-warning=ExperimentalWarning',
    input.main,
    ...input.args,
  ];
  const limit = found.prlimit
    ? [found.prlimit[0]!, `--as=${limits.memoryMb * 1024 * 1024}`, `--fsize=${FILE_LIMIT_BYTES}`, `--cpu=${Math.ceil((limits.timeMs + STARTUP_CPU_MS) / 1000)}`, '--nofile=256', '--']
    : [];
  const argv = [...(found.unshare ?? []), ...(found.setpriv ?? []), ...limit, ...node];
  return { argv, isolation: { permissions: true, network: found.unshare !== undefined, addressSpace: found.prlimit !== undefined, unprivileged: found.setpriv !== undefined } };
}

/** Looks once for util-linux's unshare, prlimit and setpriv, trying each as it will be used. */
function findTools(): Tools {
  const works = (argv: string[]) => spawnSync(argv[0]!, [...argv.slice(1), 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
  const first = (name: string, args: string[]) => ['/usr/bin', '/bin'].map((dir) => [`${dir}/${name}`, ...args]).find(works);
  return {
    unshare: first('unshare', ['-n', '--']) ?? first('unshare', ['-rn', '--']),
    prlimit: first('prlimit', ['--']),
    setpriv: process.getuid?.() === 0 ? first('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--']) : undefined,
  };
}
