/**
 * Runs a benchmark child in a fresh process (a TypeScript file under Node
 * with tsx) and parses the JSON line it prints last. A fresh process per case
 * keeps each case's peak RSS its own.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs `bench/<file>` with `args` (plus Node flags in `nodeFlags`) and returns its last JSON line. */
export function runJsonChild<T>(file: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', path, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        const why = signal ? `was killed by ${signal}` : `exited with ${code}`;
        return reject(new Error(`${file} ${args.join(' ')} ${why}: ${err.trim().split('\n').slice(0, 3).join(' ')}`));
      }
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as T);
      } catch {
        reject(new Error(`${file} printed no JSON: ${out.slice(-200)}`));
      }
    });
  });
}
