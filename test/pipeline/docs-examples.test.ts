// The TypeScript examples in the runner's documents that import the library must
// run, and each `console.log(...); // expected` must print that.
import { after, test } from 'node:test';
import { rmSync } from 'node:fs';
import { runDocExamples } from '../helpers/doc-examples.js';

const TMP = '.odibi/tmp/runner-doc-examples';
after(() => rmSync(new URL(`../../${TMP}/`, import.meta.url), { recursive: true, force: true }));

for (const doc of ['docs/api.md', 'docs/results.md', 'docs/readme/30-running.md']) {
  test(`every TypeScript example in ${doc} runs`, async () => void (await runDocExamples(doc, TMP, { libraryOnly: true })));
}
