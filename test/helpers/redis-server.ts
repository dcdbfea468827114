// A real Redis for tests: Debian's redis-server (set-up installs it) on a free loopback port,
// with a temporary folder and no persistence; stop() ends it and removes the folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/lib/free-port.mjs';

export const REDIS_SERVER = '/usr/bin/redis-server';

export interface TestRedis {
  port: number;
  url: string;
  /** Ends the server (SIGKILL with `abruptly`, as a crash would). */
  stop(abruptly?: boolean): Promise<void>;
  /** Starts it again on the same port (after a stop). */
  restart(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  if (!existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} is missing: run \`npm run setup\` (it installs Debian's redis-server)`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'odibi-redis-'));
  let child: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    const started = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      started.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
      started.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    });
  };
  const stop = async (abruptly = false): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(abruptly ? 'SIGKILL' : 'SIGTERM');
    await exited;
  };
  await start();
  return {
    port, url: `redis://127.0.0.1:${port}`,
    stop: async (abruptly) => {
      await stop(abruptly);
      if (!abruptly) rmSync(dir, { recursive: true, force: true });
    },
    restart: start,
  };
}
