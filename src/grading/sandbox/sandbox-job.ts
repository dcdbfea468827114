/**
 * What the grader sends a sandboxed child (`job.json`) and what the child
 * reports back, one JSON message per line on file descriptor 3. The job
 * holds the answer cell compiled to JavaScript, the exercise's harness (its
 * public `run.ts`, compiled) and each case's input: never an expected value,
 * an `accept` function or a hidden case's name.
 *
 * @example
 * ```ts
 * import type { SandboxJob } from 'odibi-ts/dist/src/grading/sandbox/sandbox-job.js';
 * const job: SandboxJob = { entry: 'twice', answer: 'exports.twice = (x) => 2 * x;', harness: 'exports.run = (f, input) => f(input);', inputs: [1, 2], maxValueBytes: 100_000 };
 * ```
 */

/** The job file of one exercise. */
export interface SandboxJob {
  /** The function the harness calls, as the answer cell names it. */
  entry: string;
  /** The answer cell as CommonJS (it sets `exports.<entry>`). */
  answer: string;
  /** The harness as CommonJS: `exports.run(answer, input, { dir })` calls the answer on one case's input. */
  harness: string;
  /** Each case's input, in order. */
  inputs: unknown[];
  /** The largest value (as JSON text) reported for one case. */
  maxValueBytes: number;
}

/**
 * A line the child writes: the answer cell ran (or failed), a case's
 * outcome (a value, `undefined`, a throw, something unreadable or too large),
 * the end, or a failure of the harness itself.
 */
export type SandboxMessage =
  | { t: 'ready' }
  | { t: 'answer'; ok: true; entry: string }
  | { t: 'answer'; ok: false; error: string }
  | { t: 'case'; i: number; value: unknown }
  | { t: 'case'; i: number; undefined: true }
  | { t: 'case'; i: number; threw: string }
  | { t: 'case'; i: number; unreadable: string }
  | { t: 'case'; i: number; tooLarge: number }
  | { t: 'done' }
  | { t: 'fatal'; error: string };
