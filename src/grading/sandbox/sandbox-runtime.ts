/**
 * The read-only folder a graded answer runs in: a copy of the compiled
 * library (`node_modules/odibi-ts/dist/src`, JavaScript only) and of the
 * packages it needs, with no symbolic link (so nothing leads out of it) and
 * nothing of the course's sources, solutions or hidden checks. It is made
 * once per build of the library and lockfile, under `.odibi/sandbox/`, and
 * reused; an older copy is removed when a new one is made.
 *
 * @example
 * ```ts
 * import * as path from 'node:path';
 * import { ensureSandboxRuntime } from 'odibi-ts/dist/src/grading/sandbox/sandbox-runtime.js';
 * const runtime = ensureSandboxRuntime(path.resolve('..')); // about 1 s the first time, then instant
 * path.basename(runtime.childMain); // 'sandbox-main.js'
 * ```
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runtimePackages, type PackageLock } from './runtime-packages.js';

/** Where the sandbox's files are. */
export interface SandboxRuntime {
  /** The folder the child may read. */
  dir: string;
  /** The library's copy, `<dir>/node_modules/odibi-ts`. */
  library: string;
  /** The child's entry module. */
  childMain: string;
}

const COMPLETE = '.complete';

export function ensureSandboxRuntime(root: string): SandboxRuntime {
  const base = join(root, '.odibi', 'sandbox');
  const dir = join(base, runtimeKey(root));
  const runtime = { dir, library: join(dir, 'node_modules', 'odibi-ts'), childMain: join(dir, 'node_modules', 'odibi-ts', 'dist', 'src', 'grading', 'sandbox', 'sandbox-main.js') };
  if (existsSync(join(dir, COMPLETE))) return runtime;
  const next = `${dir}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  copyRuntime(root, next);
  writeFileSync(join(next, COMPLETE), '');
  try {
    renameSync(next, dir);
  } catch {
    rmSync(next, { recursive: true, force: true }); // another grader made the same copy first
  }
  for (const old of readdirSync(base).filter((name) => !dir.endsWith(name) && !name.includes('.next-'))) rmSync(join(base, old), { recursive: true, force: true });
  return runtime;
}

/** A hash of what the copy is made from: the library build's stamp and the lockfile. */
function runtimeKey(root: string): string {
  const hash = createHash('sha256');
  for (const file of [join(root, 'dist', 'build-stamp.json'), join(root, 'package-lock.json')]) hash.update(existsSync(file) ? readFileSync(file) : `missing ${file}`);
  return hash.digest('hex').slice(0, 16);
}

function copyRuntime(root: string, to: string): void {
  const noLinks = (path: string) => !lstatSync(path).isSymbolicLink();
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as PackageLock;
  for (const key of runtimePackages(lock)) {
    if (existsSync(join(root, key))) cpSync(join(root, key), join(to, key), { recursive: true, filter: noLinks });
  }
  const library = join(to, 'node_modules', 'odibi-ts');
  cpSync(join(root, 'dist', 'src'), join(library, 'dist', 'src'), { recursive: true, filter: (path) => noLinks(path) && !/\.(d\.ts|map|d\.mts)$/.test(path) });
  mkdirSync(library, { recursive: true });
  writeFileSync(join(library, 'package.json'), JSON.stringify({ name: 'odibi-ts', type: 'module', main: 'dist/src/index.js' }, null, 1) + '\n');
}
