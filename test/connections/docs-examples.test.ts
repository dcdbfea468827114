// The TypeScript examples in the engine's documents must run and print what they say.
import { after, test } from 'node:test';
import { rmSync } from 'node:fs';
import { runDocExamples } from '../helpers/doc-examples.js';

const TMP = '.odibi/tmp/doc-examples';
after(() => rmSync(new URL(`../../${TMP}/`, import.meta.url), { recursive: true, force: true }));

for (const doc of ['docs/connections.md', 'docs/expressions.md', 'docs/readme/20-engine.md']) {
  test(`every TypeScript example in ${doc} runs`, async () => void (await runDocExamples(doc, TMP)));
}
