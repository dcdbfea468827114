// The TypeScript examples in the engine's documents must run: each ```ts block
// is written to .odibi/tmp with its import pointed at src/index.ts, then imported.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';

const ROOT = new URL('../../', import.meta.url);
const TMP = new URL('.odibi/tmp/doc-examples/', ROOT);
const INDEX = fileURLToPath(new URL('src/index.ts', ROOT));
mkdirSync(TMP, { recursive: true });
after(() => rmSync(TMP, { recursive: true, force: true }));

/** The `// expected` comments after console.log calls, in order. */
function expectedOutputs(code: string): string[] {
  return code.split('\n').filter((line) => /console\.log\(.*\); \/\/ /.test(line)).map((line) => line.slice(line.lastIndexOf('; // ') + 5));
}

/** Ignores spacing and quote style: `[ 'a' ]` equals `['a']`. */
function normalise(text: string): string {
  return text.replace(/\s+/g, '').replace(/"/g, "'");
}

function blocks(doc: string): string[] {
  const text = readFileSync(new URL(doc, ROOT), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

for (const doc of ['docs/connections.md', 'docs/expressions.md', 'docs/readme/20-engine.md']) {
  test(`every TypeScript example in ${doc} runs`, async () => {
    const examples = blocks(doc);
    assert.ok(examples.length > 0, 'the document has examples');
    for (const [i, code] of examples.entries()) {
      const file = new URL(`${doc.replace(/\W/g, '_')}_${i}.ts`, TMP);
      writeFileSync(file, code.replaceAll("'../src/index.js'", JSON.stringify(INDEX)) + '\nexport {};\n');
      const logged: unknown[] = [];
      const log = console.log;
      console.log = (...args: unknown[]) => void logged.push(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
      try {
        await import(pathToFileURL(fileURLToPath(file)).href);
      } finally {
        console.log = log;
      }
      const expected = expectedOutputs(code);
      assert.equal(logged.length, expected.length, `${doc} example ${i + 1}: one commented console.log per output`);
      expected.forEach((want, k) => assert.equal(normalise(String(logged[k])), normalise(want), `${doc} example ${i + 1}, output ${k + 1}`));
    }
  });
}
