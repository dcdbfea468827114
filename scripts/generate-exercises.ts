// Regenerates exercises/exercises.ipynb and solutions/solutions.ipynb from exercises/src/.
// Usage: npx tsx scripts/generate-exercises.ts [--check]
//   --check  exits 1 when a committed notebook differs from the generated one.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExerciseNotebooks } from '../src/grading/build-exercise-notebooks.js';
import { serialiseNotebook } from '../src/grading/notebook-json.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const { exercises, solutions } = buildExerciseNotebooks(root);
let stale = 0;
for (const [path, nb] of [['exercises/exercises.ipynb', exercises], ['solutions/solutions.ipynb', solutions]] as const) {
  const text = serialiseNotebook(nb);
  const file = join(root, path);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  if (check) {
    console.error(`${path} is out of date: run npx tsx scripts/generate-exercises.ts`);
    stale++;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
