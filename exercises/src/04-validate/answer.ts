/** A node of exercise 4; `connection` is optional. */
export interface CheckedNode {
  name: string;
  dependsOn: string[];
  connection?: string;
}

/** One problem found by validation. */
export interface PipelineProblem {
  code: 'duplicate' | 'missing-dependency' | 'cycle' | 'unknown-connection';
  node: string;
  message: string;
}

/** Collects every problem of a pipeline: errors stop it from running, warnings do not. */
export function validatePipeline(nodes: CheckedNode[], connections: string[]): { errors: PipelineProblem[]; warnings: PipelineProblem[] } {
  // BEGIN SOLUTION
  const errors: PipelineProblem[] = [];
  const warnings: PipelineProblem[] = [];
  const names = nodes.map((n) => n.name);
  const seen = new Set<string>();
  for (const n of nodes) {
    if (names.indexOf(n.name) !== names.lastIndexOf(n.name) && !seen.has(n.name)) {
      errors.push({ code: 'duplicate', node: n.name, message: `node name "${n.name}" is used more than once` });
    }
    seen.add(n.name);
    for (const dep of n.dependsOn.filter((d) => !names.includes(d))) {
      errors.push({ code: 'missing-dependency', node: n.name, message: `"${n.name}" depends on "${dep}", which no node defines` });
    }
    if (n.connection !== undefined && !connections.includes(n.connection)) {
      warnings.push({ code: 'unknown-connection', node: n.name, message: `"${n.name}" uses connection "${n.connection}", which is not declared` });
    }
  }
  const deps = new Map<string, string[]>();
  for (const n of nodes) deps.set(n.name, [...(deps.get(n.name) ?? []), ...n.dependsOn.filter((d) => names.includes(d))]);
  const state = new Map<string, 'active' | 'done'>();
  const visit = (name: string, path: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'active') {
      const cycle = [...path.slice(path.indexOf(name)), name];
      errors.push({ code: 'cycle', node: name, message: `dependency cycle: ${cycle.join(' -> ')}` });
      return;
    }
    state.set(name, 'active');
    for (const dep of deps.get(name) ?? []) visit(dep, [...path, name]);
    state.set(name, 'done');
  };
  for (const name of names) visit(name, []);
  return { errors, warnings };
  // END SOLUTION
}
