/**
 * One exercise's single source, read from `exercises/src/NN-slug/`:
 * `exercise.json` (number, title, entry function, objectives, points of the
 * public and of the hidden checks), `prompt.md`,
 * `answer.ts` (the solution; `// BEGIN SOLUTION` ... `// END SOLUTION` marks
 * what the learner writes), `checks.ts` (public checks), `wrong.ts` (a
 * plausible wrong answer) and the hidden checks in
 * `src/grading/hidden/NN-slug.ts`.
 *
 * @example
 * ```ts
 * import { loadExerciseSources } from 'odibi-ts/dist/src/grading/exercise-source.js';
 * const exercises = loadExerciseSources('..');
 * exercises[0].entry; // 'executePipeline'
 * ```
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Everything about one exercise, read from its folder. */
export interface ExerciseSource {
  number: number;
  /** The folder name, e.g. `01-executor`. */
  slug: string;
  title: string;
  /** The function the checks call. */
  entry: string;
  /** Learning objectives (1-8 of the course) the exercise exercises. */
  objectives: number[];
  /** Points of the public and of the hidden checks (a test keeps them equal to the cases' points). */
  points: { public: number; hidden: number };
  prompt: string;
  /** Source of `answer.ts`: the solution with its markers. */
  answer: string;
  /** Source of `checks.ts`. */
  checks: string;
  /** Source of `wrong.ts`. */
  wrong: string;
  /** Paths relative to the project root. */
  paths: { dir: string; checks: string; hidden: string; wrong: string; answer: string };
}

/** Reads every exercise under `<root>/exercises/src`, sorted by number. */
export function loadExerciseSources(root: string): ExerciseSource[] {
  const base = join(root, 'exercises', 'src');
  const slugs = readdirSync(base).filter((d) => /^\d{2}-/.test(d) && existsSync(join(base, d, 'exercise.json')));
  return slugs.map((slug) => loadOne(root, slug)).sort((a, b) => a.number - b.number);
}

function loadOne(root: string, slug: string): ExerciseSource {
  const dir = `exercises/src/${slug}`;
  const read = (file: string) => readFileSync(join(root, dir, file), 'utf8');
  const meta = JSON.parse(read('exercise.json')) as Pick<ExerciseSource, 'number' | 'title' | 'entry' | 'objectives' | 'points'>;
  return {
    ...meta,
    slug,
    prompt: read('prompt.md').trimEnd(),
    answer: read('answer.ts'),
    checks: read('checks.ts'),
    wrong: read('wrong.ts'),
    paths: {
      dir,
      checks: `${dir}/checks.ts`,
      answer: `${dir}/answer.ts`,
      wrong: `${dir}/wrong.ts`,
      hidden: `src/grading/hidden/${slug}.ts`,
    },
  };
}
