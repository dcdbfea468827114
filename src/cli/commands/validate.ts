/**
 * `odibi validate <project.yaml>`: exit 0 when the project is valid;
 * otherwise exit 1 and every problem, one per line:
 * `file:line:column code message (hint)`. Once the file loads, every SQL
 * step goes through the check the engines run before each SQL step (one
 * SELECT over the tables the step can see), so a refused statement or
 * table function is reported here, before anything runs.
 */
import type { Command } from 'commander';
import { checkSqlSteps } from '../../engine/duckdb/check-sql-steps.js';
import type { CliContext } from '../cli-context.js';
import { loadProjectOrReport, reportProblems } from '../load-project-or-report.js';

/** Adds `odibi validate` to the program. */
export function validateCommand(program: Command, context: CliContext): Command {
  return program
    .command('validate')
    .description('check a project file and list every problem with its line and column')
    .argument('<project>', 'the project YAML file')
    .action(async (file: string) => {
      const project = loadProjectOrReport(file, context);
      if (!project) return;
      const problems = await checkSqlSteps(project.pipelines);
      if (problems.length > 0) return reportProblems(file, problems, context);
      const nodes = project.pipelines.reduce((n, p) => n + p.nodes.length, 0);
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      context.stdout.write(`${file}: valid (project "${project.project}", ${plural(project.pipelines.length, 'pipeline')}, ${plural(nodes, 'node')})\n`);
    });
}
