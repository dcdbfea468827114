// Exercise 11's harness: runs in the grading sandbox and calls the answer with one case's input.

/** A run's results record, as the answer receives it. */
export interface Ex11Input {
  run: {
    pipeline: string;
    startedAt: string;
    durationMs: number;
    nodes: Array<{ name: string; status: string; durationMs: number; rows?: number; error?: string; skippedBecause?: string }>;
  };
}

/** The story the answer wrote. */
export function run(renderStory: any, input: Ex11Input) {
  return renderStory(input.run);
}
