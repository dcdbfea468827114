/**
 * The exit codes of `odibi`, one place for the code, the CLI and its docs
 * (docs/cli.md has the same table; a test compares them).
 *
 * @example
 * ```ts
 * import { EXIT_CODES, exitCodeOf } from 'odibi-ts/dist/src/cli/exit-codes.js';
 * EXIT_CODES.lockHeld; // 3
 * exitCodeOf('LOCK_TIMEOUT'); // 4
 * ```
 */
import type { ErrorCode } from '../error-codes.js';

export const EXIT_CODES = {
  /** Everything succeeded (`validate`: the project is valid). A closed stdout (`| head`) does not change the code. */
  success: 0,
  /** The input has problems, or a run had failures (a node failed, results could not be written). */
  failure: 1,
  /** A usage error (unknown command or option, missing argument), or an unexpected failure. */
  usage: 2,
  /** Another run holds the project's lock (without --wait). */
  lockHeld: 3,
  /** `--wait SECONDS` ran out while another run held the lock. */
  timeout: 4,
} as const;

/** The exit code for an error the CLI reports as one line. */
export function exitCodeOf(code: ErrorCode): number {
  if (code === 'USAGE') return EXIT_CODES.usage;
  if (code === 'LOCK_HELD') return EXIT_CODES.lockHeld;
  if (code === 'LOCK_TIMEOUT') return EXIT_CODES.timeout;
  return EXIT_CODES.failure;
}
