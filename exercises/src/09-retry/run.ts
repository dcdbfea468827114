// Exercise 9's harness: runs in the grading sandbox and calls the answer with one case's input.

/** A task that fails `failures` times and then returns 'ok', and the retry policy. */
export interface Ex9Input {
  failures: number;
  policy: { maxAttempts: number; backoff: string; baseDelayMs: number };
}

/** The answer's outcome, and what it asked the fake `sleep` to wait (nothing really waits). */
export async function run(retryWithBackoff: any, input: Ex9Input) {
  const slept: number[] = [];
  const sleep = async (ms: number) => {
    slept.push(ms);
  };
  const task = async (attempt: number) => {
    if (attempt <= input.failures) throw new Error(`attempt ${attempt} failed`);
    return 'ok';
  };
  const outcome = await retryWithBackoff(task, input.policy, sleep);
  return { outcome, slept };
}
