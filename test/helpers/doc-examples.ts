// The documentation's TypeScript examples, in one place: found in Markdown
// (```ts blocks: the README and its docs/readme/ sections, the docs/ pages)
// and in the TSDoc `@example` blocks of src/, and run through tsx with their
// imports of the library ('odibi-ts', as a notebook writes them) pointed at
// the sources in src/. Every `console.log(...); // expected` must print what
// its comment says. An example containing the line comment `// not run` is
// listed but not executed. The kernel's run of the same examples is in
// test/docs/ (it builds a notebook from collectExamples).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';

const ROOT = new URL('../../', import.meta.url);
const SRC = fileURLToPath(new URL('src/', ROOT));

/**
 * The example's imports of the library pointed at the TypeScript sources, so
 * the tests check src/ and not the last build: `'odibi-ts'` is src/index.ts,
 * `'odibi-ts/dist/src/x.js'` (or a relative `'../src/x.js'`) is src/x.ts.
 */
export function importSources(code: string): string {
  return code.replace(/(['"])(?:odibi-ts|(?:odibi-ts\/dist\/|(?:\.\.?\/)+)src\/([^'"]+)\.m?js)\1/g, (_m, _q: string, rest?: string) =>
    JSON.stringify(`${SRC}${rest ?? 'index'}.${_m.includes('.mjs') ? 'mjs' : 'ts'}`));
}


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

/** Every example of a source file's TSDoc. */
export function sourceExamples(file: string): DocExample[] {
  return tsdocExamples(readFileSync(file, 'utf8'), path.relative(fileURLToPath(ROOT), file));
}

/** The `// expected` comments after console.log calls, in order. */
export function expectedOutputs(code: string): string[] {
  return code.split('\n').filter((line) => /console\.log\(.*\); \/\/ /.test(line)).map((line) => line.slice(line.lastIndexOf('; // ') + 5));
}

/** Ignores spacing and quote style: `[ 'a' ]` equals `['a']`. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, '').replace(/"/g, "'");
}

/** The document's ```ts blocks; with `libraryOnly`, only those that import the library. */
export function tsBlocks(doc: string, libraryOnly = false): string[] {
  const text = readFileSync(new URL(doc, ROOT), 'utf8');
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return libraryOnly ? blocks.filter((code) => code.includes("from 'odibi-ts'")) : blocks;
}

/** How {@link runDocExamples} runs a page. */
export interface RunDocOptions {
  /** Only the blocks that import the library. */
  libraryOnly?: boolean;
  /**
   * All blocks as one script, in order, in a process of its own (as a reader
   * pastes them into the cells of one notebook: later blocks use what earlier
   * ones defined); every commented output must appear in that order among the
   * lines it prints. Default: each block is a module of its own and prints
   * exactly its commented outputs.
   */
  shared?: boolean;
}

/** Runs the examples of `doc` in `tmpDir` (under the project), checking commented outputs; returns the lines they printed. */
export async function runDocExamples(doc: string, tmpDir: string, options: RunDocOptions = {}): Promise<string[]> {
  const tmp = new URL(`${tmpDir}/`, ROOT);
  mkdirSync(tmp, { recursive: true });
  const examples = tsBlocks(doc, options.libraryOnly);
  assert.ok(examples.length > 0, 'the document has examples');
  return options.shared ? runShared(doc, examples, tmp) : runEach(doc, examples, tmp);
}

async function runEach(doc: string, examples: string[], tmp: URL): Promise<string[]> {
  const printed: string[] = [];
  for (const [i, code] of examples.entries()) {
    const file = new URL(`${doc.replace(/\W/g, '_')}_${i}.ts`, tmp);
    writeFileSync(file, importSources(code) + '\nexport {};\n');
    const logged: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void logged.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 5 }))).join(' '));
    try {
      await import(pathToFileURL(fileURLToPath(file)).href);
    } finally {
      console.log = log;
    }
    const expected = expectedOutputs(code);
    assert.equal(logged.length, expected.length, `${doc} example ${i + 1}: one commented console.log per output`);
    expected.forEach((want, k) => assert.equal(normalise(logged[k]!), normalise(want), `${doc} example ${i + 1}, output ${k + 1}`));
    printed.push(...logged);
  }
  return printed;
}

function runShared(doc: string, examples: string[], tmp: URL): string[] {
  const script = fileURLToPath(new URL(`${doc.replace(/\W/g, '_')}_${process.pid}.ts`, tmp));
  const code = examples.join('\n');
  writeFileSync(script, importSources(code) + '\nexport {};\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: fileURLToPath(ROOT), encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 0, `${doc}: ${run.stderr}`);
  const lines = run.stdout.split('\n');
  let at = 0;
  for (const want of expectedOutputs(code)) {
    const found = lines.findIndex((line, k) => k >= at && normalise(line) === normalise(want));
    assert.ok(found >= 0, `${doc}: the output "${want}" was not printed (in order); printed:\n${run.stdout}`);
    at = found + 1;
  }
  return lines;
}
