/**
 * The limits each exercise's answer runs under while graded or checked, and
 * their defaults: 10 s of wall time for the answer cell and all its cases,
 * 2048 MiB of address space (Node itself reserves about 1 GiB of it; below
 * 1536 MiB the library cannot even load), 1 MB of reported values.
 *
 * @example
 * ```ts
 * import { gradingLimits } from 'odibi-ts/dist/src/grading/grading-limits.js';
 * gradingLimits({ timeMs: 30_000 }); // { timeMs: 30000, memoryMb: 2048, outputBytes: 1000000 }
 * ```
 */
import { OdibiError } from '../errors.js';
import type { SandboxLimits } from './sandbox/sandbox-command.js';

export const DEFAULT_LIMITS: SandboxLimits = { timeMs: 10_000, memoryMb: 2048, outputBytes: 1_000_000 };

/** The smallest memory limit Node and the library start under. */
export const MIN_MEMORY_MB = 1536;

/** The defaults with `given` applied; a limit out of range is a usage error. */
export function gradingLimits(given: Partial<SandboxLimits> = {}): SandboxLimits {
  const limits = { ...DEFAULT_LIMITS, ...given };
  if (!(limits.timeMs > 0)) throw new OdibiError('USAGE', `the time limit must be a positive number of seconds, got ${limits.timeMs / 1000}`, { hint: 'for example --timeout 30' });
  if (!(limits.memoryMb >= MIN_MEMORY_MB)) {
    throw new OdibiError('USAGE', `the memory limit must be at least ${MIN_MEMORY_MB} MiB, got ${limits.memoryMb}`, { hint: `Node reserves about 1 GiB of address space for itself; for example --memory 2048` });
  }
  return limits;
}
