/** How often and how patiently to retry. */
export interface RetryPolicy {
  maxAttempts: number;
  backoff: 'exponential' | 'linear' | 'constant';
  baseDelayMs: number;
}

/** What a retried task did. */
export interface RetryOutcome<T> {
  ok: boolean;
  value: T | undefined;
  attempts: number;
  delays: number[];
  errors: string[];
}

/** Runs `task` until it succeeds or the attempts run out, waiting through `sleep` between attempts. */
export async function retryWithBackoff<T>(
  task: (attempt: number) => Promise<T> | T,
  policy: RetryPolicy,
  sleep: (ms: number) => Promise<void>,
): Promise<RetryOutcome<T>> {
  // BEGIN SOLUTION
  const delays: number[] = [];
  const errors: string[] = [];
  const delayFor = (k: number) =>
    policy.backoff === 'exponential' ? policy.baseDelayMs * 2 ** (k - 1) : policy.backoff === 'linear' ? policy.baseDelayMs * k : policy.baseDelayMs;
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    if (attempt > 1) {
      delays.push(delayFor(attempt - 1));
      await sleep(delayFor(attempt - 1));
    }
    try {
      const value = await task(attempt);
      return { ok: true, value, attempts: attempt, delays, errors };
    } catch (e) {
      errors.push(e instanceof Error ? e.message : String(e));
    }
  }
  return { ok: false, value: undefined, attempts: policy.maxAttempts, delays, errors };
  // END SOLUTION
}
