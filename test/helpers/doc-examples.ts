// Runs the ```ts examples of a Markdown document as modules: each is written to
// .odibi/tmp with its imports of the library ('odibi-ts', as a notebook writes
// them) pointed at the sources in src/, then imported; every
// `console.log(...); // expected` must print what its comment says.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  return code.replace(/(['"])(?:odibi-ts|(?:odibi-ts\/dist\/|(?:\.\.?\/)+)src\/([^'"]+)\.js)\1/g, (_m, _q: string, rest?: string) =>
    JSON.stringify(`${SRC}${rest ?? 'index'}.ts`));
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

/** Runs every example of `doc` in `tmpDir` (under the project), checking commented outputs. */
export async function runDocExamples(doc: string, tmpDir: string, options: { libraryOnly?: boolean } = {}): Promise<void> {
  const tmp = new URL(`${tmpDir}/`, ROOT);
  mkdirSync(tmp, { recursive: true });
  const examples = tsBlocks(doc, options.libraryOnly);
  assert.ok(examples.length > 0, 'the document has examples');
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
  }
}
