// A plausible shortcut: skips cascade, but skippedBecause names the dependency that
// made a node skip (which may itself have been skipped) instead of the failed node
// at the root. The public cases do not look at skippedBecause; a hidden one does.
export interface ExecutorNode {
  name: string;
  dependsOn: string[];
}

export interface ExecutorOutcome {
  completed: string[];
  failed: string[];
  skipped: string[];
  skippedBecause: Record<string, string>;
}

export function executePipeline(nodes: ExecutorNode[], runNode: (name: string) => void): ExecutorOutcome {
  const outcome: ExecutorOutcome = { completed: [], failed: [], skipped: [], skippedBecause: {} };
  const handled = new Set<string>();
  while (handled.size < nodes.length) {
    const node = nodes.find((n) => !handled.has(n.name) && n.dependsOn.every((d) => handled.has(d)))!;
    const blocked = node.dependsOn.find((d) => outcome.failed.includes(d) || outcome.skipped.includes(d));
    if (blocked) {
      outcome.skipped.push(node.name);
      outcome.skippedBecause[node.name] = blocked;
    } else {
      try {
        runNode(node.name);
        outcome.completed.push(node.name);
      } catch {
        outcome.failed.push(node.name);
      }
    }
    handled.add(node.name);
  }
  return outcome;
}
