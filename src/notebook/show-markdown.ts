import { kernelDisplay } from './kernel-display.js';
import { textDisplay } from './display-sink.js';
import { markdownBundle, type MarkdownBundleOptions } from './markdown-bundle.js';

/**
 * Shows Markdown in the notebook cell, tables left-aligned and Mermaid
 * diagrams drawn from their stored SVGs (see `markdownBundle`); outside a
 * kernel it prints the Markdown.
 *
 * @example
 * ```ts
 * import { showMarkdown } from 'odibi-ts/dist/src/notebook/index.js';
 * showMarkdown('| node | status |\n|---|---|\n| raw_orders | success |\n');
 * ```
 */
export function showMarkdown(markdown: string, options: MarkdownBundleOptions = {}): void {
  (kernelDisplay() ?? textDisplay()).display(markdownBundle(markdown, options));
}
