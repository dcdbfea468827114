// README.md, assembled from the sections in docs/readme/ in reading order
// (`npm run generate` writes it; `npm run generate -- --check` compares).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Reading order: what the project is, how to start, the course, then the library's references. */
export const ORDER = [
  '01-intro.md', '02-setup.md', '70-course.md', '60-exercises.md', '10-config.md', '15-cli.md',
  '30-running.md', '20-engine.md', '25-sql-duckdb.md', '40-see-the-run.md', '50-guarantees.md',
  '80-benchmarks.md', '85-reference.md', '90-troubleshooting.md',
];

/** The README's text from the sections under `<root>/docs/readme/`. */
export function buildReadme(root) {
  const sectionsDir = join(root, 'docs', 'readme');
  const present = readdirSync(sectionsDir).filter((f) => f.endsWith('.md')).sort();
  const unlisted = present.filter((f) => !ORDER.includes(f));
  const missing = ORDER.filter((f) => !present.includes(f));
  if (unlisted.length || missing.length) {
    throw new Error(`docs/readme/ and the order in scripts/lib/readme.mjs differ: unlisted ${unlisted.join(', ') || '-'}; missing ${missing.join(', ') || '-'}`);
  }
  const header = '<!-- Assembled from docs/readme/*.md by `npm run generate`: edit the sections, then run it. -->\n';
  const body = ORDER.map((f) => readFileSync(join(sectionsDir, f), 'utf8').trim()).join('\n\n');
  return `${header}${body}\n`;
}
