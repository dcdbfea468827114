/**
 * Reads every exercise from its one home, `exercises/src/NN-slug/`:
 * `exercise.json` (number, title, entry function, objectives), `prompt.md`,
 * `answer.ts` (the solution; `// BEGIN SOLUTION` ... `// END SOLUTION` marks
 * what the learner writes), `run.ts` (the harness that calls the answer with
 * a case's input), `checks.ts` (the public cases), `hidden.ts` (the hidden
 * cases), `wrong-*.ts` (plausible wrong answers) and `explanation.md` (what
 * the solutions notebook says after the solution: the idea, the common wrong
 * answer and why it fails, where the library does the same). Points are the sum of the
 * cases' points. A released course has no answer, hidden cases or wrong
 * answers: those are then absent.
 *
 * @example
 * ```ts
 * import * as path from 'node:path';
 * import { loadExercises } from 'odibi-ts/dist/src/grading/load-exercises.js';
 * const [first] = loadExercises(path.resolve('..'));
 * first.entry; // 'executePipeline'
 * first.points.public + first.points.hidden; // 10 or so
 * ```
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OdibiError } from '../errors.js';
import type { CheckCase } from './check-case.js';
import { loadExerciseModule } from './load-exercise-module.js';

/** Everything about one exercise. */
export interface Exercise {
  number: number;
  /** The folder name, e.g. `01-executor`. */
  slug: string;
  title: string;
  /** The function the harness calls. */
  entry: string;
  /** Learning objectives (1-8 of the course) the exercise practises. */
  objectives: number[];
  /** The exercise's folder (absolute). */
  dir: string;
  prompt: string;
  /** `answer.ts`: the solution with its markers (absent in a released course). */
  answer?: string;
  publicCases: CheckCase[];
  hiddenCases: CheckCase[];
  /** Sums of the cases' points. */
  points: { public: number; hidden: number };
  /** `explanation.md`: ends the solution in the solutions notebook (absent in a released course). */
  explanation?: string;
  /** `wrong-*.ts` files, by file name. */
  wrongAnswers: Array<{ file: string; source: string }>;
}

/** Options of {@link loadExercises}. */
export interface LoadExercisesOptions {
  /** Load the hidden cases too (default true); a check cell needs only the public ones. */
  hidden?: boolean;
  /** Load only the exercise with this number. */
  only?: number;
}

/** Reads every exercise under `<root>/exercises/src` (or the one asked for), sorted by number. */
export function loadExercises(root: string, options: LoadExercisesOptions = {}): Exercise[] {
  const base = join(root, 'exercises', 'src');
  if (!existsSync(base)) {
    throw new OdibiError('GRADE_NO_EXERCISES', `there are no exercises at ${base}`, {
      hint: 'run the command inside the course project, or inside a folder written by `odibi course release`',
    });
  }
  const slugs = readdirSync(base).filter((d) => /^\d{2}-/.test(d) && existsSync(join(base, d, 'exercise.json')));
  const chosen = options.only === undefined ? slugs : slugs.filter((slug) => Number(slug.slice(0, 2)) === options.only);
  return chosen.map((slug) => loadExercise(root, slug, options.hidden ?? true)).sort((a, b) => a.number - b.number);
}

function loadExercise(root: string, slug: string, hidden: boolean): Exercise {
  const dir = join(root, 'exercises', 'src', slug);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const meta = JSON.parse(read('exercise.json')) as Pick<Exercise, 'number' | 'title' | 'entry' | 'objectives'>;
  const cases = (file: string) => (existsSync(join(dir, file)) ? casesOf(join(dir, file), root) : []);
  const publicCases = cases('checks.ts');
  const hiddenCases = hidden ? cases('hidden.ts') : [];
  const sum = (list: CheckCase[]) => list.reduce((total, c) => total + c.points, 0);
  return {
    ...meta,
    slug,
    dir,
    prompt: read('prompt.md').trimEnd(),
    ...(existsSync(join(dir, 'answer.ts')) ? { answer: read('answer.ts') } : {}),
    ...(existsSync(join(dir, 'explanation.md')) ? { explanation: read('explanation.md').trimEnd() } : {}),
    publicCases,
    hiddenCases,
    points: { public: sum(publicCases), hidden: sum(hiddenCases) },
    wrongAnswers: readdirSync(dir).filter((f) => /^wrong-.*\.ts$/.test(f)).sort().map((file) => ({ file, source: read(file) })),
  };
}

function casesOf(file: string, root: string): CheckCase[] {
  const cases = loadExerciseModule(file, root).cases;
  if (!Array.isArray(cases)) throw new OdibiError('GRADE_EXERCISE_INVALID', `${file} does not export \`cases\`, a list of check cases`, { file, hint: 'export const cases: CheckCase[] = [...]' });
  return cases as CheckCase[];
}
