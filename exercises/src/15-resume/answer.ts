/** What this exercise reads of a run's results. */
export interface ResumedRun {
  status: string;
  completed: string[];
  failed: string[];
  skipped: string[];
}

/** The run options this exercise uses. */
export interface ResumeRunOptions {
  inject?: Record<string, 'fail'>;
  keep?: boolean;
  resume?: ResumedRun;
}

/** A pipeline that can run (the library's `Pipeline`). */
export interface RunnablePipeline {
  run(options?: ResumeRunOptions): Promise<ResumedRun>;
}

/** Runs with the bug, predicts what a resume will run, then resumes without the bug. */
export async function runThenResume(pipeline: RunnablePipeline, bug: Record<string, 'fail'>): Promise<{ rerun: string[]; first: ResumedRun; second: ResumedRun }> {
  // BEGIN SOLUTION
  // keep: true leaves every table in the context, so the resume can reuse what succeeded.
  const first = await pipeline.run({ inject: bug, keep: true });
  const rerun = [...first.failed, ...first.skipped];
  const second = await pipeline.run({ resume: first });
  return { rerun, first, second };
  // END SOLUTION
}
