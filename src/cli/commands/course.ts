/**
 * `odibi course release <dir> [--solutions]`: writes the learner's copy of
 * the course (no solution, reference answer, wrong answer or hidden check)
 * into an empty folder; with `--solutions`, writes the solutions notebook
 * into `<dir>/solutions/` for after the deadline.
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import { courseCommand } from 'odibi-ts/dist/src/cli/commands/course.js';
 * const program = new Command('odibi');
 * courseCommand(program, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), exitCode: 0 });
 * ```
 */
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { releaseCourse, releaseSolutions } from '../../grading/release-course.js';
import { jupyterEnv } from '../../notebook/jupyter-env.mjs';

export function courseCommand(program: Command, context: CliContext): Command {
  const course = program.command('course').description('the course for a class: release it to learners');
  course
    .command('release')
    .description("write the learners' copy of the course (lesson, exercises, set-up; no solutions or hidden checks) into an empty folder")
    .argument('<dir>', 'the folder to write')
    .option('--solutions', 'write the solutions notebook into <dir>/solutions/ instead (for after the deadline)')
    .action((dir: string, options: { solutions?: boolean }) => {
      const out = resolve(context.cwd, dir);
      const release = options.solutions ? releaseSolutions({ root: jupyterEnv().root, out }) : releaseCourse({ root: jupyterEnv().root, out });
      const shown = relative(context.cwd, release.dir) || '.';
      context.stdout.write(options.solutions
        ? `Wrote the solutions of release ${release.stamp.course} (checks ${release.stamp.checks}) to ${shown}/solutions/solutions.ipynb\n`
        : `Released the course ${release.stamp.course} (checks ${release.stamp.checks}) to ${shown}: ${release.files.length} files.\nLearners run \`npm start\` there; they hand in exercises/exercises.ipynb.\n`);
    });
  return course;
}
