// Assembles README.md from the sections in docs/readme/, in reading order.
// `node scripts/build-readme.mjs` writes it; `--check` only compares (a test runs that).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sectionsDir = join(root, 'docs', 'readme');

/** Reading order: what the project is, how to start, the course, then the library's references. */
export const ORDER = [
  '01-intro.md', '02-setup.md', '70-course.md', '60-exercises.md', '10-config.md', '15-cli.md',
  '30-running.md', '20-engine.md', '25-sql-duckdb.md', '40-see-the-run.md', '50-guarantees.md',
  '80-benchmarks.md', '85-reference.md', '90-troubleshooting.md',
];

export function buildReadme() {
  const present = readdirSync(sectionsDir).filter((f) => f.endsWith('.md')).sort();
  const unlisted = present.filter((f) => !ORDER.includes(f));
  const missing = ORDER.filter((f) => !present.includes(f));
  if (unlisted.length || missing.length) {
    throw new Error(`docs/readme/ and the order in scripts/build-readme.mjs differ: unlisted ${unlisted.join(', ') || '-'}; missing ${missing.join(', ') || '-'}`);
  }
  const header = '<!-- Assembled from docs/readme/*.md by `node scripts/build-readme.mjs`: edit the sections, then run it. -->\n';
  const body = ORDER.map((f) => readFileSync(join(sectionsDir, f), 'utf8').trim()).join('\n\n');
  return `${header}${body}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = buildReadme();
  const target = join(root, 'README.md');
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== readme) {
      console.error('README.md is out of date: run `node scripts/build-readme.mjs`');
      process.exit(1);
    }
  } else {
    writeFileSync(target, readme);
    console.log(`README.md: ${readme.split('\n').length} lines from ${ORDER.length} sections`);
  }
}
