// A plausible wrong answer: skips only the direct children of a failed node,
// so a grandchild of a failure still runs (the reference's own defect).
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
    const failedDep = node.dependsOn.find((d) => outcome.failed.includes(d));
    if (failedDep) {
      outcome.skipped.push(node.name);
      outcome.skippedBecause[node.name] = failedDep;
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
