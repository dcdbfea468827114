/**
 * `odibi validate <project.yaml>`: exit 0 when the project is valid;
 * otherwise exit 1 and every problem, one per line:
 * `file:line:column code message (hint)`.
 */
import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { loadProjectOrReport } from '../load-project-or-report.js';

/** Adds `odibi validate` to the program. */
export function validateCommand(program: Command, context: CliContext): Command {
  return program
    .command('validate')
    .description('check a project file and list every problem with its line and column')
    .argument('<project>', 'the project YAML file')
    .action((file: string) => {
      const project = loadProjectOrReport(file, context);
      if (!project) return;
      const nodes = project.pipelines.reduce((n, p) => n + p.nodes.length, 0);
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      context.stdout.write(`${file}: valid (project "${project.project}", ${plural(project.pipelines.length, 'pipeline')}, ${plural(nodes, 'node')})\n`);
    });
}
