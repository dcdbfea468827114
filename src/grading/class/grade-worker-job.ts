/**
 * One class-grading job, as a worker process does it: reads the submitted
 * file as untrusted input and grades it like `odibi grade` does one notebook
 * (each exercise in its own sandbox, one at a time: the workers run side by
 * side). The exercises are loaded once per worker.
 */
import { gradeSubmission, type GradedSubmission } from '../grade-submission.js';
import { loadExercises, type Exercise } from '../load-exercises.js';
import { readSubmission } from '../read-submission.js';
import { notebookStamp, type ReleaseStamp } from '../release-stamp.js';
import type { SandboxLimits } from '../sandbox/sandbox-command.js';

/** What a worker is asked to grade. */
export interface WorkerJob {
  index: number;
  file: string;
  root: string;
  /** A folder for this submission's runs. */
  work: string;
  limits: SandboxLimits;
}

/** What a worker answers. */
export type WorkerResult =
  | { index: number; kind: 'graded'; graded: GradedSubmission; stamp?: ReleaseStamp }
  | { index: number; kind: 'unreadable'; reason: string }
  | { index: number; kind: 'error'; reason: string };

const loaded = new Map<string, Exercise[]>();

export async function gradeWorkerJob(job: WorkerJob): Promise<WorkerResult> {
  const submission = readSubmission(job.file);
  if (submission.ok === false) return { index: job.index, kind: 'unreadable', reason: submission.reason };
  let exercises = loaded.get(job.root);
  if (!exercises) loaded.set(job.root, (exercises = loadExercises(job.root)));
  const graded = await gradeSubmission(submission.notebook, { root: job.root, work: job.work, exercises, limits: job.limits, concurrency: 1 });
  const stamp = notebookStamp(submission.notebook);
  return { index: job.index, kind: 'graded', graded, ...(stamp ? { stamp } : {}) };
}
