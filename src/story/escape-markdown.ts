/**
 * Escapes text for Markdown (CommonMark / markdown-it), including table
 * cells: characters that could start markup get a backslash (an underscore
 * inside a word stays as it is), line breaks become spaces, and a leading
 * `#`, `-`, `+`, `=` or `1.` cannot start a heading or a list. A value such
 * as `<script>` then renders as text.
 *
 * @example
 * ```ts
 * import { escapeMarkdown } from 'odibi-ts/dist/src/story/escape-markdown.js';
 * escapeMarkdown('a|b <i> raw_orders'); // 'a\\|b \\<i\\> raw_orders'
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*{}[\]<>|&~!]/g, '\\$&')
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
    .replace(/\r?\n/g, ' ')
    .replace(/^([#+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
