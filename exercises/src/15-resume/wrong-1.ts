// A plausible shortcut: the right runs and the right prediction, but the first
// run did not keep its tables, so the resume runs A and C again as well
// ("output not persisted"). Every public case passes.
export interface ResumedRun {
  status: string;
  completed: string[];
  failed: string[];
  skipped: string[];
}

export interface ResumeRunOptions {
  inject?: Record<string, 'fail'>;
  keep?: boolean;
  resume?: ResumedRun;
}

export interface RunnablePipeline {
  run(options?: ResumeRunOptions): Promise<ResumedRun>;
}

export async function runThenResume(pipeline: RunnablePipeline, bug: Record<string, 'fail'>): Promise<{ rerun: string[]; first: ResumedRun; second: ResumedRun }> {
  const first = await pipeline.run({ inject: bug });
  const rerun = [...first.failed, ...first.skipped];
  const second = await pipeline.run({ resume: first });
  return { rerun, first, second };
}
