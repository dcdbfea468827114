// A plausible wrong answer: computes the delays but never waits, so every
// retry hits the struggling service again at once.
export interface RetryPolicy {
  maxAttempts: number;
  backoff: 'exponential' | 'linear' | 'constant';
  baseDelayMs: number;
}

export interface RetryOutcome<T> {
  ok: boolean;
  value: T | undefined;
  attempts: number;
  delays: number[];
  errors: string[];
}

export async function retryWithBackoff<T>(
  task: (attempt: number) => Promise<T> | T,
  policy: RetryPolicy,
  sleep: (ms: number) => Promise<void>,
): Promise<RetryOutcome<T>> {
  const delays: number[] = [];
  const errors: string[] = [];
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    if (attempt > 1) {
      const k = attempt - 1;
      delays.push(policy.backoff === 'exponential' ? policy.baseDelayMs * 2 ** (k - 1) : policy.backoff === 'linear' ? policy.baseDelayMs * k : policy.baseDelayMs);
    }
    try {
      const value = await task(attempt);
      return { ok: true, value, attempts: attempt, delays, errors };
    } catch (e) {
      errors.push(e instanceof Error ? e.message : String(e));
    }
  }
  return { ok: false, value: undefined, attempts: policy.maxAttempts, delays, errors };
}
