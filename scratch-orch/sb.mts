import { resolve } from 'node:path';
import { gradeNotebook } from '../src/grading/grade-notebook.js';
import { loadExercises } from '../src/grading/load-exercises.js';
const root = resolve('.');
for (const n of [12, 13, 16, 17, 20]) {
  const exercises = loadExercises(root, { only: n });
  const t = Date.now();
  const g = await gradeNotebook(resolve('solutions/solutions.ipynb'), { root, reportDir: '/tmp/orch-sb', limits: { timeMs: 6000, memoryMb: 1536 }, exercises });
  console.log(n, Date.now() - t, 'ms', g.earned, '/', g.possible);
}
