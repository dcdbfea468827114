// Which Mermaid drawings `npm run generate` must make or remove: one SVG per
// ```mermaid block of the Markdown files in a folder, named by a hash of the
// block's source (src/notebook/mermaid-diagrams.ts), so a drawing is current
// exactly when a file of that name exists, whatever its bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mermaidDiagrams } from '../../src/notebook/mermaid-diagrams.js';

export interface DiagramPlan {
  /** Every drawing the Markdown needs: file name -> Mermaid source. */
  wanted: Map<string, string>;
  /** Wanted, and not drawn yet. */
  missing: string[];
  /** Drawn, and no longer wanted (their source changed or went). */
  leftOver: string[];
}

/** The drawings the `.md` files of `markdownDir` need in `diagramsDir`. */
export function planDiagrams(markdownDir: string, diagramsDir: string): DiagramPlan {
  const wanted = new Map<string, string>();
  for (const file of readdirSync(markdownDir).filter((f) => f.endsWith('.md')).sort()) {
    for (const diagram of mermaidDiagrams(readFileSync(path.join(markdownDir, file), 'utf8'))) wanted.set(diagram.file, diagram.source);
  }
  const present = existsSync(diagramsDir) ? readdirSync(diagramsDir).filter((f) => f.endsWith('.svg')).sort() : [];
  return { wanted, missing: [...wanted.keys()].filter((f) => !present.includes(f)), leftOver: present.filter((f) => !wanted.has(f)) };
}
