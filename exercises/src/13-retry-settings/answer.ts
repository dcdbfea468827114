/** A project's `retry:` block, in the YAML's own keys. */
export interface RetryBlock {
  max_attempts: number;
  backoff: 'exponential' | 'linear' | 'constant';
  initial_delay_ms: number;
}

/** Retry settings for a node that fails its first `failures` attempts, waiting at most `budgetMs` in all. */
export function chooseRetry(failures: number, budgetMs: number): RetryBlock {
  // BEGIN SOLUTION
  // Constant waits spread the budget evenly: `failures` waits of budget / failures each.
  const wait = failures === 0 ? 0 : Math.floor(budgetMs / failures);
  return { max_attempts: failures + 1, backoff: 'constant', initial_delay_ms: wait };
  // END SOLUTION
}
