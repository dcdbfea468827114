// The documentation's TypeScript examples, collected so that they can run in
// the notebook kernel: the ```ts blocks of the README (README.md and the
// docs/readme/*.md sections it is assembled from) and every TSDoc `@example`
// in src/. An example containing the line comment `// not run` is listed but
// not executed (for the rare one that only illustrates, e.g. grading a whole
// notebook).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/** One example and where it was written (1-based line of its first code line). */
export interface DocExample {
  file: string;
  line: number;
  code: string;
  kind: 'readme' | 'tsdoc';
  notRun: boolean;
}

const NOT_RUN = /\/\/\s*not run\b/;

/** The ```ts blocks of a Markdown text, with the line of each block's first code line. */
export function markdownExamples(text: string, file: string): DocExample[] {
  const found: DocExample[] = [];
  for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    const line = text.slice(0, match.index).split('\n').length + 1;
    const code = match[1]!;
    found.push({ file, line, code, kind: 'readme', notRun: NOT_RUN.test(code) });
  }
  return found;
}

/** The ```ts blocks that follow `@example` in the doc comments of a source text. */
export function tsdocExamples(text: string, file: string): DocExample[] {
  const found: DocExample[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = comment[0].split('\n').map((l) => l.replace(/^\s*\*( |$)/, ''));
    const firstLine = text.slice(0, comment.index).split('\n').length;
    for (let i = 0; i < lines.length; i++) {
      if (!/@example\b/.test(lines[i]!)) continue;
      const open = lines.findIndex((l, k) => k > i && /^```(ts|typescript)\s*$/.test(l.trim()));
      if (open === -1) continue;
      const close = lines.findIndex((l, k) => k > open && l.trim() === '```');
      if (close === -1) continue;
      const code = lines.slice(open + 1, close).join('\n') + '\n';
      found.push({ file, line: firstLine + open + 1, code, kind: 'tsdoc', notRun: NOT_RUN.test(code) });
      i = close;
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every example of the README and of src/, README first; the README's copies of a section's block are kept once. */
export function collectExamples(root: string): DocExample[] {
  const readmeFiles = readdirSync(path.join(root, 'docs', 'readme')).filter((f) => f.endsWith('.md')).sort().map((f) => path.join('docs', 'readme', f));
  if (existsSync(path.join(root, 'README.md'))) readmeFiles.push('README.md');
  const seen = new Set<string>();
  const readme = readmeFiles.flatMap((file) => markdownExamples(readFileSync(path.join(root, file), 'utf8'), file))
    .filter((example) => !seen.has(example.code) && Boolean(seen.add(example.code)));
  const tsdoc = sourceFiles(path.join(root, 'src')).sort()
    .flatMap((file) => tsdocExamples(readFileSync(file, 'utf8'), path.relative(root, file)));
  return [...readme, ...tsdoc];
}
