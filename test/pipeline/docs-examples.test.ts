// The TypeScript examples in the runner's documents must run: each ```ts block
// that imports the library is written to .odibi/tmp with its import pointed at
// src/index.ts, then imported; each `console.log(...); // expected` must print that.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';

const ROOT = new URL('../../', import.meta.url);
const TMP = new URL('.odibi/tmp/runner-doc-examples/', ROOT);
const INDEX = fileURLToPath(new URL('src/index.ts', ROOT));
mkdirSync(TMP, { recursive: true });
after(() => rmSync(TMP, { recursive: true, force: true }));

function expectedOutputs(code: string): string[] {
  return code.split('\n').filter((line) => /console\.log\(.*\); \/\/ /.test(line)).map((line) => line.slice(line.lastIndexOf('; // ') + 5));
}

/** Ignores spacing and quote style: `[ 'a' ]` equals `['a']`. */
function normalise(text: string): string {
  return text.replace(/\s+/g, '').replace(/"/g, "'");
}

function examples(doc: string): string[] {
  const text = readFileSync(new URL(doc, ROOT), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => code.includes("from '../src/index.js'"));
}

for (const doc of ['docs/api.md', 'docs/results.md', 'docs/readme/30-running.md']) {
  test(`every TypeScript example in ${doc} runs`, async () => {
    const blocks = examples(doc);
    assert.ok(blocks.length > 0, 'the document has examples');
    for (const [i, code] of blocks.entries()) {
      const file = new URL(`${doc.replace(/\W/g, '_')}_${i}.ts`, TMP);
      writeFileSync(file, code.replaceAll("'../src/index.js'", JSON.stringify(INDEX)) + '\nexport {};\n');
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
  });
}
