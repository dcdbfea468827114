// Writes schema/pipeline-results.schema.json from the zod schema of the results artifact.
// Run: npx tsx schema/generate-results-schema.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resultsJsonSchema } from '../src/results/results-json-schema.js';

const target = fileURLToPath(new URL('./pipeline-results.schema.json', import.meta.url));
writeFileSync(target, JSON.stringify(resultsJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target}`);
