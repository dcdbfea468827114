// A plausible wrong answer: "run it again" without resume, so every node runs a
// second time; and it predicts only the failed nodes, forgetting the skipped ones.
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
  const first = await pipeline.run({ inject: bug, keep: true });
  const second = await pipeline.run();
  return { rerun: first.failed, first, second };
}
