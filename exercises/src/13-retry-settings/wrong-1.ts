// A plausible wrong answer: max_attempts = failures, forgetting that the first
// attempt counts, so the node gives up one attempt before it would have worked.
export interface RetryBlock {
  max_attempts: number;
  backoff: 'exponential' | 'linear' | 'constant';
  initial_delay_ms: number;
}

export function chooseRetry(failures: number, budgetMs: number): RetryBlock {
  return { max_attempts: Math.max(1, failures), backoff: 'constant', initial_delay_ms: failures === 0 ? 0 : Math.floor(budgetMs / failures) };
}
