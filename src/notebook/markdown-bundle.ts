import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { escapeHtml } from '../text/escape-html.js';
import type { MimeBundle } from './mime-bundle.js';
import { mermaidDiagramFile } from './mermaid-diagrams.js';

/** Options of {@link markdownBundle}. */
export interface MarkdownBundleOptions {
  /** The folder of the drawn Mermaid diagrams (`notebooks/diagrams` for the notebooks' Markdown files). */
  diagrams?: string;
}

type Markdown = InstanceType<typeof MarkdownIt>;

/** Left-aligns a table's cells unless the Markdown asked otherwise (`|---:|`), and the table itself. */
function leftAligned(md: Markdown): void {
  md.renderer.rules.table_open = (tokens, idx, options, _env, self) => {
    tokens[idx]!.attrSet('style', 'margin-left:0;margin-right:auto');
    return self.renderToken(tokens, idx, options);
  };
  for (const cell of ['th_open', 'td_open']) {
    md.renderer.rules[cell] = (tokens, idx, options, _env, self) => {
      if (!tokens[idx]!.attrGet('style')) tokens[idx]!.attrSet('style', 'text-align:left');
      return self.renderToken(tokens, idx, options);
    };
  }
}

/** A ```mermaid block becomes its drawing (an SVG image), or a note saying how to draw it. */
function drawnDiagrams(md: Markdown, folder: string | undefined): void {
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (token.info.trim() !== 'mermaid') return fence(tokens, idx, options, env, self);
    const file = folder === undefined ? undefined : path.join(folder, mermaidDiagramFile(token.content));
    if (file && existsSync(file)) {
      const data = Buffer.from(readFileSync(file, 'utf8')).toString('base64');
      return `<p><img alt="diagram" style="max-width:100%" src="data:image/svg+xml;base64,${data}"></p>\n`;
    }
    const where = file ? escapeHtml(file) : 'no diagrams folder was given';
    return `<p><em>A diagram that is not drawn yet (${where}): run <code>npm run generate -- --only diagrams</code>.</em></p>\n`;
  };
}

/**
 * Markdown as a MIME bundle for a notebook cell: HTML with tables
 * left-aligned (Notebook centres them and right-aligns their cells), each
 * ```mermaid block drawn from its stored SVG (see `mermaidDiagramFile`),
 * and the Markdown itself as text. Raw HTML in the Markdown is escaped.
 *
 * @example
 * ```ts
 * import { markdownBundle } from 'odibi-ts/dist/src/notebook/markdown-bundle.js';
 * markdownBundle('| a | b |\n|---|---|\n| 1 | 2 |\n')['text/html']; // '<div ...><table style="margin-left:0;...'
 * ```
 */
export function markdownBundle(markdown: string, options: MarkdownBundleOptions = {}): MimeBundle {
  const md = new MarkdownIt();
  leftAligned(md);
  drawnDiagrams(md, options.diagrams);
  return { 'text/html': `<div class="odibi-markdown">${md.render(markdown)}</div>`, 'text/plain': markdown };
}
