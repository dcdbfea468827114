/**
 * A check cell's one line, `await check(N)`: checks the latest run of
 * exercise N's answer cell (see `checkAnswer`) and shows the feedback table
 * below the cell, with what the function printed while it was checked.
 * Outside a notebook it prints the table as text.
 *
 * @example
 * ```ts
 * // not run: it reads the kernel's record of cell runs (run it in the exercises notebook)
 * import { check } from 'odibi-ts/dist/src/grading/index.js';
 * await check(1);
 * ```
 */
import { kernelDisplay } from '../notebook/kernel-display.js';
import { textDisplay } from '../notebook/display-sink.js';
import { escapeHtml } from '../text/escape-html.js';
import { checkAnswer, type CheckAnswerOptions } from './check-answer.js';
import { feedbackHtml } from './feedback-html.js';
import { feedbackText } from './feedback-text.js';

export async function check(exercise: number, options: CheckAnswerOptions = {}): Promise<void> {
  const { grade, printed } = await checkAnswer(exercise, options);
  const shown = printed.trim();
  const html = shown
    ? `${feedbackHtml(grade)}\n<details><summary>What the function printed while it was checked</summary><pre>${escapeHtml(shown)}</pre></details>`
    : feedbackHtml(grade);
  const text = shown ? `${feedbackText(grade)}\n\nPrinted while checked:\n${shown}` : feedbackText(grade);
  (kernelDisplay() ?? textDisplay()).display({ 'text/html': html, 'text/plain': text });
}
