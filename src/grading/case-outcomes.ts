/**
 * Reads a sandboxed run's messages into one outcome per case, and what the
 * run says about the answer cell itself. Cases the run never reached (the
 * answer cell failed, a limit was hit, the process ended) get the reason.
 *
 * @example
 * ```ts
 * import { caseOutcomes } from 'odibi-ts/dist/src/grading/case-outcomes.js';
 * import type { SandboxRun } from 'odibi-ts/dist/src/grading/sandbox/run-sandboxed-job.js';
 * const run: SandboxRun = {
 *   messages: [{ t: 'answer', ok: true, entry: 'function' }, { t: 'case', i: 0, value: 2 }], end: 'timeout', detail: 'did not finish within 10 s',
 *   printed: '', isolation: { permissions: true, network: true, addressSpace: true, unprivileged: false },
 * };
 * caseOutcomes(run, 2, 'twice').cases; // [{ kind: 'value', value: 2 }, { kind: 'notRun', why: 'not run: did not finish within 10 s' }]
 * ```
 */
import type { SandboxRun } from './sandbox/run-sandboxed-job.js';
import type { SandboxMessage } from './sandbox/sandbox-job.js';
import type { CaseOutcome } from './score-case.js';

/** The cases' outcomes, and the answer cell's failure when it failed (undefined when it ran and defines the function). */
export interface CaseOutcomes {
  cases: CaseOutcome[];
  answerError?: string;
}

export function caseOutcomes(run: SandboxRun, count: number, entry: string): CaseOutcomes {
  const answer = run.messages.find((m): m is Extract<SandboxMessage, { t: 'answer' }> => m.t === 'answer');
  const stopped = run.end === 'done' ? 'not run' : `not run: ${run.detail ?? run.end}`;
  let answerError: string | undefined;
  if (!answer) answerError = run.end === 'timeout' ? `the answer cell did not finish (${run.detail}): an endless loop at its top level?` : `the answer cell did not finish: ${run.detail ?? run.end}`;
  else if (answer.ok === false) answerError = answer.error;
  else if (answer.entry !== 'function') answerError = `the answer cell ran but does not define the function ${entry} (it is ${answer.entry})`;
  const cases: CaseOutcome[] = [];
  for (let i = 0; i < count; i++) {
    const m = run.messages.find((message) => message.t === 'case' && message.i === i);
    if (!m || m.t !== 'case') cases.push({ kind: 'notRun', why: answerError ? 'not run: the answer cell failed' : stopped });
    else if ('value' in m) cases.push({ kind: 'value', value: m.value });
    else if ('undefined' in m) cases.push({ kind: 'value', value: undefined });
    else if ('threw' in m) cases.push({ kind: 'threw', error: m.threw });
    else if ('unreadable' in m) cases.push({ kind: 'unreadable', error: m.unreadable });
    else cases.push({ kind: 'tooLarge', bytes: m.tooLarge });
  }
  return { cases, ...(answerError ? { answerError } : {}) };
}
