// A plausible shortcut: finds each cycle, but prints its nodes in declaration order
// instead of along the dependencies, which is a real path only by luck.
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
  const warnings: PipelineProblem[] = [];
  const names = nodes.map((n) => n.name);
  const reported = new Set<string>();
  for (const n of nodes) {
    if (names.filter((x) => x === n.name).length > 1 && !reported.has(n.name)) {
      errors.push({ code: 'duplicate', node: n.name, message: `node name "${n.name}" is used more than once` });
      reported.add(n.name);
    }
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
      const members = new Set(path.slice(path.indexOf(name)));
      const inOrder = names.filter((x, i) => members.has(x) && names.indexOf(x) === i);
      errors.push({ code: 'cycle', node: name, message: `dependency cycle: ${[...inOrder, inOrder[0]].join(' -> ')}` });
      return;
    }
    state.set(name, 'active');
    for (const dep of deps.get(name) ?? []) visit(dep, [...path, name]);
    state.set(name, 'done');
  };
  for (const name of names) visit(name, []);
  return { errors, warnings };
}
