// A plausible wrong answer: looks for cycles only between two nodes that
// depend on each other directly, and treats unknown connections as errors.
export interface CheckedNode {
  name: string;
  dependsOn: string[];
  connection?: string;
}

export interface PipelineProblem {
  code: 'duplicate' | 'missing-dependency' | 'cycle' | 'unknown-connection';
  node: string;
  message: string;
}

export function validatePipeline(nodes: CheckedNode[], connections: string[]): { errors: PipelineProblem[]; warnings: PipelineProblem[] } {
  const errors: PipelineProblem[] = [];
  const names = nodes.map((n) => n.name);
  const reported = new Set<string>();
  for (const n of nodes) {
    if (names.filter((x) => x === n.name).length > 1 && !reported.has(n.name)) {
      errors.push({ code: 'duplicate', node: n.name, message: `duplicate node "${n.name}"` });
      reported.add(n.name);
    }
    for (const dep of n.dependsOn) {
      const other = nodes.find((m) => m.name === dep);
      if (!other) errors.push({ code: 'missing-dependency', node: n.name, message: `missing "${dep}"` });
      else if (other.dependsOn.includes(n.name) && n.name < dep) {
        errors.push({ code: 'cycle', node: n.name, message: `dependency cycle: ${n.name} -> ${dep} -> ${n.name}` });
      }
    }
    if (n.connection !== undefined && !connections.includes(n.connection)) {
      errors.push({ code: 'unknown-connection', node: n.name, message: `unknown connection "${n.connection}"` });
    }
  }
  return { errors, warnings: [] };
}
