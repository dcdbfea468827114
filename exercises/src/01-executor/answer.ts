/** A node of exercise 1: a name and the names it depends on. */
export interface ExecutorNode {
  name: string;
  dependsOn: string[];
}

/** What happened to every node of a run. */
export interface ExecutorOutcome {
  completed: string[];
  failed: string[];
  skipped: string[];
  /** For each skipped node, the failed node at the root of the skip. */
  skippedBecause: Record<string, string>;
}

/** Runs `nodes` in dependency order; a node is skipped when any ancestor failed or was skipped. */
export function executePipeline(nodes: ExecutorNode[], runNode: (name: string) => void): ExecutorOutcome {
  // BEGIN SOLUTION
  const outcome: ExecutorOutcome = { completed: [], failed: [], skipped: [], skippedBecause: {} };
  const handled = new Map<string, number>();
  const cause = (dep: string) => (outcome.failed.includes(dep) ? dep : outcome.skippedBecause[dep]);
  while (handled.size < nodes.length) {
    const node = nodes.find((n) => !handled.has(n.name) && n.dependsOn.every((d) => handled.has(d)));
    if (!node) throw new Error('no node is ready: is there a cycle?');
    const causes = node.dependsOn.map(cause).filter((c): c is string => c !== undefined);
    if (causes.length > 0) {
      outcome.skipped.push(node.name);
      outcome.skippedBecause[node.name] = causes.sort((a, b) => handled.get(a)! - handled.get(b)!)[0];
    } else {
      try {
        runNode(node.name);
        outcome.completed.push(node.name);
      } catch {
        outcome.failed.push(node.name);
      }
    }
    handled.set(node.name, handled.size);
  }
  return outcome;
  // END SOLUTION
}
