import { createHash } from 'node:crypto';
import MarkdownIt from 'markdown-it';

/** One ```mermaid block of a Markdown text and the file its drawing is stored in. */
export interface MermaidDiagram {
  /** The diagram's Mermaid source, as written in the block. */
  source: string;
  /** `mermaid-<hash>.svg`: named by a hash of the source, so a drawing is current exactly when its source is unchanged. */
  file: string;
}

/**
 * The file name a Mermaid diagram's drawing is stored under: a hash of its
 * source (SHA-256, 16 hex digits). `npm run generate` draws each block of
 * notebooks/*.md into notebooks/diagrams/ under this name, and its check
 * compares names, never SVG bytes.
 *
 * @example
 * ```ts
 * import { mermaidDiagramFile } from 'odibi-ts/dist/src/notebook/mermaid-diagrams.js';
 * mermaidDiagramFile('flowchart LR\n  A --> B\n'); // 'mermaid-....svg'
 * ```
 */
export function mermaidDiagramFile(source: string): string {
  return `mermaid-${createHash('sha256').update(source.replace(/\r\n/g, '\n').trimEnd()).digest('hex').slice(0, 16)}.svg`;
}

/**
 * The ```mermaid blocks of a Markdown text, in order, each with its file.
 *
 * @example
 * ```ts
 * import { mermaidDiagrams } from 'odibi-ts/dist/src/notebook/mermaid-diagrams.js';
 * mermaidDiagrams('# Flow\n\n```mermaid\nflowchart LR\n  A --> B\n```\n').length; // 1
 * ```
 */
export function mermaidDiagrams(markdown: string): MermaidDiagram[] {
  return new MarkdownIt()
    .parse(markdown, {})
    .filter((t) => t.type === 'fence' && t.info.trim() === 'mermaid')
    .map((t) => ({ source: t.content, file: mermaidDiagramFile(t.content) }));
}
