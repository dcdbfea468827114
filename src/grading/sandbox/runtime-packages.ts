/**
 * The installed packages the compiled library needs at run time: the
 * closure of package.json's `dependencies` through package-lock.json,
 * without those that cannot work in the grading sandbox anyway (native code,
 * which the permission model refuses to load, and tsx/esbuild, which need
 * child processes). This is what the sandbox copies beside the library.
 *
 * @example
 * ```ts
 * import { runtimePackages } from 'odibi-ts/dist/src/grading/sandbox/runtime-packages.js';
 * const lock = { packages: {
 *   '': { dependencies: { arquero: '8.0.3', tsx: '4.23.15' } },
 *   'node_modules/arquero': { dependencies: { acorn: '^8' } },
 *   'node_modules/acorn': {},
 *   'node_modules/tsx': {},
 * } };
 * runtimePackages(lock); // ['node_modules/acorn', 'node_modules/arquero']
 * ```
 */

/** The part of package-lock.json (lockfileVersion 3) read here. */
export interface PackageLock {
  packages: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; peerDependencies?: Record<string, string> }>;
}

/** Packages left out of the sandbox: they cannot run there. */
const CANNOT_RUN_IN_SANDBOX = /^node_modules\/(tsx|esbuild|@esbuild\/.*|@duckdb\/.*|fsevents)$/;

/** Lock keys (`node_modules/name`) of the library's run-time packages, sorted. */
export function runtimePackages(lock: PackageLock): string[] {
  const seen = new Set<string>();
  const pending = Object.keys(lock.packages['']?.dependencies ?? {});
  while (pending.length > 0) {
    const key = `node_modules/${pending.pop()!}`;
    const entry = lock.packages[key];
    if (!entry || seen.has(key) || CANNOT_RUN_IN_SANDBOX.test(key)) continue;
    seen.add(key);
    pending.push(...Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies }));
  }
  return [...seen].sort();
}
