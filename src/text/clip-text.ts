/**
 * Text echoed back in a message, cut to a readable length: a 1 MB
 * expression or value is shown by its start and its size, not whole.
 *
 * @example
 * ```ts
 * import { clipText } from 'odibi-ts/dist/src/text/clip-text.js';
 * clipText('x'.repeat(500)); // 'xxx…x… (500 characters)', 80 of them shown
 * ```
 */
export function clipText(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
