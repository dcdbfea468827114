/**
 * A queue executor's parts on this machine, for lessons and benchmarks:
 * Debian's `redis-server` on a free loopback port (no persistence) and
 * `odibi worker` processes, each started through a small guard that kills
 * it when the starting process ends, even by `kill -9`: Redis and workers
 * started from a notebook never outlive its kernel. Their ids go to a pid
 * file in `stateDir`; `LocalCluster.start` first stops whatever an earlier
 * kernel left there (same pid and start time), so a restart leaves no
 * strays either. `kill(name)` ends a worker as a crash would.
 *
 * @example
 * ```ts
 * // not run: starts Redis and a worker
 * import { LocalCluster } from 'odibi-ts/dist/src/executor/queue/local-cluster.js';
 * const cluster = await LocalCluster.start({ stateDir: '.odibi/cluster' });
 * await cluster.addWorkers('project.yaml', 3); // w1, w2, w3
 * await cluster.stop();
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OdibiError } from '../../errors.js';
import { cliEntry, guardFile, tsxLoader } from './local-cluster-files.mjs';
import { processStart } from './process-start.js';

/** Where Debian's package puts the server (`npm run setup` installs it). */
export const REDIS_SERVER = '/usr/bin/redis-server';

/** Options of {@link LocalCluster.start}. */
export interface LocalClusterOptions {
  /** The folder of the pid file (created). */
  stateDir: string;
  /** How long a process may take to be ready. Default 30 s. */
  readyTimeoutMs?: number;
}

/** One running process of the cluster. */
export interface ClusterProcess {
  name: string;
  /** The process itself (not its guard): what `kill` signals. */
  pid: number;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves once it exited. */
  readonly exited: Promise<void>;
}

interface Recorded {
  pid: number;
  start: string;
}

export class LocalCluster {
  readonly redisUrl: string;
  readonly #options: Required<LocalClusterOptions>;
  readonly #processes: { process: ClusterProcess; guard: ChildProcess }[] = [];
  readonly #dataDir: string;
  readonly #onExit = (): void => this.#killAll();

  private constructor(options: Required<LocalClusterOptions>, redisUrl: string, dataDir: string) {
    this.#options = options;
    this.redisUrl = redisUrl;
    this.#dataDir = dataDir;
    process.once('exit', this.#onExit);
  }

  /** Stops what an earlier run left in `stateDir`, then starts Redis. */
  static async start(options: LocalClusterOptions): Promise<LocalCluster> {
    const settings = { readyTimeoutMs: 30_000, ...options, stateDir: resolve(options.stateDir) };
    mkdirSync(settings.stateDir, { recursive: true });
    stopLeftOvers(pidFile(settings.stateDir));
    if (!existsSync(REDIS_SERVER)) {
      throw new OdibiError('LOCAL_CLUSTER_START', `could not start Redis of the local cluster: ${REDIS_SERVER} is missing`, { hint: 'run `npm run setup` (it installs redis-server)' });
    }
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'odibi-cluster-redis-'));
    const cluster = new LocalCluster(settings, `redis://127.0.0.1:${port}`, dataDir);
    await cluster.#spawn('Redis', [REDIS_SERVER, '--port', String(port), '--bind', '127.0.0.1', '--dir', dataDir, '--save', '', '--appendonly', 'no'], 'Ready to accept connections');
    return cluster;
  }

  /** Redis's process id. */
  get redisPid(): number {
    return this.#processes[0]!.process.pid;
  }

  /** The running workers, in the order they were started. */
  get workers(): ClusterProcess[] {
    return this.#processes.map((p) => p.process).filter((p) => p.name !== 'Redis' && processStart(p.pid) !== undefined);
  }

  /** Starts `count` workers of `project` on this cluster's Redis (named w1, w2, ... after those already started), each `concurrency` at a time. */
  async addWorkers(project: string, count: number, options: { concurrency?: number; queue?: string } = {}): Promise<ClusterProcess[]> {
    const first = this.#processes.length; // Redis is the first process, so the next worker is w<first>
    const names = Array.from({ length: count }, (_, i) => `w${first + i}`);
    const flags = ['--concurrency', String(options.concurrency ?? 1), ...(options.queue ? ['--queue', options.queue] : [])];
    return Promise.all(names.map((name) => this.#spawn(name, [process.execPath, '--import', tsxLoader, cliEntry, 'worker', project, '--redis', this.redisUrl, '--name', name, ...flags], 'waiting for attempts')));
  }

  /** Ends worker `name` with SIGKILL, as a crash would, and waits until it is gone. */
  async kill(name: string): Promise<void> {
    const found = this.#processes.find((p) => p.process.name === name);
    if (!found) throw new OdibiError('USAGE', `there is no worker "${name}" in this cluster`, { hint: `the workers are ${this.workers.map((w) => w.name).join(', ')}` });
    signal(found.process.pid, 'SIGKILL');
    await found.process.exited;
  }

  /** Stops every worker and Redis, removes Redis's folder and the pid file. */
  async stop(): Promise<void> {
    process.removeListener('exit', this.#onExit);
    for (const p of [...this.#processes].reverse()) signal(p.process.pid, 'SIGTERM');
    const timer = setTimeout(() => this.#killAll(), 5000);
    await Promise.all(this.#processes.map((p) => p.process.exited));
    clearTimeout(timer);
    rmSync(this.#dataDir, { recursive: true, force: true });
    rmSync(pidFile(this.#options.stateDir), { force: true });
  }

  #killAll(): void {
    for (const p of this.#processes) signal(p.process.pid, 'SIGKILL');
  }

  /** Starts `command` through the guard; resolves once its output contains `ready`. */
  async #spawn(name: string, command: string[], ready: string): Promise<ClusterProcess> {
    const guard = spawn(process.execPath, [guardFile, ...command], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let pid = 0;
    const exited = new Promise<void>((done) => guard.once('exit', () => done()));
    const started = new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`not ready after ${this.#options.readyTimeoutMs} ms`)), this.#options.readyTimeoutMs);
      const hear = (chunk: Buffer): void => {
        output += chunk.toString();
        const said = /^pid (\d+)\n/.exec(output);
        if (said && pid === 0) {
          pid = Number(said[1]);
          output = output.slice(said[0].length);
          this.#record();
        }
        if (pid !== 0 && output.includes(ready)) ok(clearTimeout(timer));
      };
      guard.stdout!.on('data', hear);
      guard.stderr!.on('data', hear);
      void exited.then(() => fail(new Error('it exited')));
    });
    const entry: ClusterProcess = { name, get pid() { return pid; }, output: () => output, exited };
    this.#processes.push({ process: entry, guard });
    try {
      await started;
    } catch (error) {
      signal(pid, 'SIGKILL');
      throw new OdibiError('LOCAL_CLUSTER_START', `could not start ${name} of the local cluster: ${(error as Error).message}; it printed:\n${output.trim() || '(nothing)'}`, {
        hint: 'run `npm run setup` (it installs redis-server); the message ends with what the process printed',
      });
    }
    return entry;
  }

  /** Writes the pid file: every process with its start time, so a later start can tell it from a reused pid. */
  #record(): void {
    const recorded: Recorded[] = this.#processes.flatMap(({ process: p }) => {
      const start = p.pid ? processStart(p.pid) : undefined;
      return start === undefined ? [] : [{ pid: p.pid, start }];
    });
    writeFileSync(pidFile(this.#options.stateDir), JSON.stringify(recorded));
  }
}

function pidFile(stateDir: string): string {
  return join(stateDir, 'cluster-pids.json');
}

/** Kills the processes a pid file lists that still run with the same start time. */
function stopLeftOvers(file: string): void {
  if (!existsSync(file)) return;
  let recorded: Recorded[] = [];
  try {
    recorded = JSON.parse(readFileSync(file, 'utf8')) as Recorded[];
  } catch {
    // a pid file cut short: nothing to trust in it
  }
  for (const { pid, start } of recorded) if (processStart(pid) === start) signal(pid, 'SIGKILL');
  rmSync(file, { force: true });
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    if (pid > 0) process.kill(pid, name);
  } catch {
    // already gone
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
