/**
 * `odibi course release`: writes the learner's copy of the course into an
 * empty folder: a README for learners, the lesson, the exercises notebook
 * (stubs and one-line check cells, stamped with the release), each
 * exercise's prompt, harness and public cases (what `check` needs), the
 * compiled library and the examples, and the set-up with the learner's own
 * `npm start` and `npm test`. It holds no solution, reference answer, wrong
 * answer or hidden case. `releaseSolutions` writes the solutions notebook, for
 * after the deadline.
 *
 * @example
 * ```ts
 * // not run: it copies the compiled library and the set-up (a few seconds)
 * import { releaseCourse } from 'odibi-ts/dist/src/grading/release-course.js';
 * const { files, stamp } = releaseCourse({ root: '..', out: '/tmp/course-for-learners' });
 * files.includes('exercises/exercises.ipynb'); // true
 * ```
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { OdibiError } from '../errors.js';
import { buildExerciseNotebooks } from './build-exercise-notebooks.js';
import { learnerReadme } from './learner-readme.js';
import { loadExercises } from './load-exercises.js';
import { serialiseNotebook } from './notebook-json.js';
import { releaseStamp, type ReleaseStamp } from './release-stamp.js';

/** Options of {@link releaseCourse} and {@link releaseSolutions}. */
export interface ReleaseOptions {
  /** The course project. */
  root: string;
  /** The folder to write (for the course: missing or empty). */
  out: string;
}

/** What was written. */
export interface Release {
  dir: string;
  /** Every file written, relative to `dir`, sorted. */
  files: string[];
  stamp: ReleaseStamp;
}

/** Copied as they are (without what a run leaves behind). */
const COPIED = ['package-lock.json', 'patches', 'dist', 'notebooks', 'examples', 'docs'];
/** The set-up, start and test scripts, and what they import. */
const SCRIPTS = ['setup.mjs', 'start.mjs', 'test.mjs', 'lib/apt-install.mjs', 'lib/find-files.mjs', 'lib/find-jupyter-python.mjs', 'lib/find-notebooks.mjs', 'lib/free-port.mjs', 'lib/install-kernelspec.mjs', 'lib/library-build.mjs', 'lib/node-packages.mjs', 'lib/process-tree.mjs', 'lib/run-command.mjs', 'lib/run-notebooks.mjs', 'lib/verify-patches.mjs'];
/** What `check` reads of each exercise: never answer.ts, hidden.ts or wrong-*.ts. */
const PUBLIC_EXERCISE_FILES = ['exercise.json', 'prompt.md', 'run.ts', 'checks.ts'];
/** What a learner's runs leave behind (the compiled library is part of the course, so it is not ignored). */
const LEARNER_GITIGNORE = ['node_modules/', '.jupyter/', '.odibi/', 'grades/', 'examples/*/output/', 'examples/*/stories/', '.ipynb_checkpoints/', ''].join('\n');
/** Left behind by runs; never copied. */
const SKIPPED = /(^|[\\/])(\.ipynb_checkpoints|\.odibi|output|stories|node_modules|\.jupyter)([\\/]|$)/;

export function releaseCourse(options: ReleaseOptions): Release {
  const root = resolve(options.root);
  const dir = resolve(options.out);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new OdibiError('USAGE', `${options.out} is not empty`, { hint: 'release into a new or empty folder (the release is a complete copy of the course for learners)' });
  }
  const exercises = loadExercises(root);
  const stamp = releaseStamp(root);
  mkdirSync(dir, { recursive: true });
  for (const item of COPIED) {
    if (existsSync(join(root, item))) cpSync(join(root, item), join(dir, item), { recursive: true, filter: (path) => !lstatSync(path).isSymbolicLink() && !SKIPPED.test(relative(root, path)) });
  }
  for (const script of SCRIPTS) {
    const text = readFileSync(join(root, 'scripts', script), 'utf8').replace(/(['"])((?:\.\.\/)+)src\/notebook\//g, '$1$2dist/src/notebook/');
    write(dir, join('scripts', script), text);
  }
  for (const ex of exercises) {
    for (const file of PUBLIC_EXERCISE_FILES) write(dir, join('exercises', 'src', basename(ex.dir), file), readFileSync(join(ex.dir, file), 'utf8'));
  }
  const { exercises: notebook } = buildExerciseNotebooks(root, { exercises, release: { ...stamp }, flavour: 'release' });
  write(dir, join('exercises', 'exercises.ipynb'), serialiseNotebook(notebook));
  write(dir, 'package.json', learnerPackageJson(root, stamp));
  write(dir, 'README.md', learnerReadme(stamp, exercises.length));
  write(dir, '.gitignore', LEARNER_GITIGNORE);
  return { dir, files: listFiles(dir), stamp };
}

/** Writes `solutions/solutions.ipynb` (stamped) into `out`, for after the deadline. */
export function releaseSolutions(options: ReleaseOptions): Release {
  const root = resolve(options.root);
  const dir = resolve(options.out);
  const stamp = releaseStamp(root);
  const { solutions } = buildExerciseNotebooks(root, { release: { ...stamp }, flavour: 'release' });
  write(dir, join('solutions', 'solutions.ipynb'), serialiseNotebook(solutions));
  return { dir, files: ['solutions/solutions.ipynb'], stamp };
}

/** The project's package.json with the learner's scripts (same packages, so the same lockfile installs them). */
function learnerPackageJson(root: string, stamp: ReleaseStamp): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete pkg.bin;
  pkg.description = `The pipeline orchestration course, release ${stamp.course} (checks ${stamp.checks}): lesson and exercises for learners.`;
  pkg.scripts = {
    setup: 'node scripts/setup.mjs',
    start: 'node scripts/setup.mjs && node scripts/start.mjs',
    test: 'node scripts/setup.mjs && node scripts/test.mjs --only notebooks',
    postinstall: 'patch-package',
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name)).split(sep).join('/')])).sort();
}
