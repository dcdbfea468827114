/**
 * `odibi plan <project.yaml> [--pipeline NAME] [--select EXPR] [--json]`: the
 * pipelines in dependency order and, for each, the order and layers of its
 * nodes. With `--json`: `{"<pipeline>": {"order": [...], "layers": [[...], ...]}, ...}`.
 */
import type { Command } from 'commander';
import { planProject, type PlanOptions, type ProjectPlan } from '../../config/plan-project.js';
import type { CliContext } from '../cli-context.js';
import { loadProjectOrReport } from '../load-project-or-report.js';

interface PlanCliOptions extends PlanOptions {
  json?: boolean;
}

/** Adds `odibi plan` to the program. */
export function planCommand(program: Command, context: CliContext): Command {
  return program
    .command('plan')
    .description('show the order and layers of each pipeline, without running anything')
    .argument('<project>', 'the project YAML file')
    .option('--pipeline <name>', 'plan only this pipeline')
    .option('--select <expr>', 'plan only these nodes: name, +name, name+, tag:x, comma-separated (one pipeline)')
    .option('--json', 'print the plan as JSON: {"<pipeline>": {"order": [...], "layers": [[...]]}}')
    .action((file: string, options: PlanCliOptions) => {
      const project = loadProjectOrReport(file, context);
      if (!project) return;
      const plan = planProject(project, { pipeline: options.pipeline, select: options.select });
      context.stdout.write(options.json ? `${JSON.stringify(plan)}\n` : planText(plan));
    });
}

/** The human form: one block per pipeline, a line per layer. */
export function planText(plan: ProjectPlan): string {
  const blocks = Object.entries(plan).map(([name, { order, layers }]) => {
    const lines = [`pipeline ${name}: ${order.length} node${order.length === 1 ? '' : 's'} in ${layers.length} layer${layers.length === 1 ? '' : 's'}`];
    layers.forEach((layer, k) => lines.push(`  layer ${k}: ${layer.join(', ')}`));
    lines.push(`  order: ${order.join(' -> ')}`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
