/** A node of exercise 10 with its duration. */
export interface PathNode {
  name: string;
  dependsOn: string[];
  durationMs: number;
}

/** The chain of dependencies with the largest total duration. */
export function criticalPath(nodes: PathNode[]): { path: string[]; durationMs: number } {
  // BEGIN SOLUTION
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const finish = new Map<string, number>();
  const finishOf = (name: string): number => {
    if (!finish.has(name)) {
      const n = byName.get(name)!;
      finish.set(name, n.durationMs + Math.max(0, ...n.dependsOn.map(finishOf)));
    }
    return finish.get(name)!;
  };
  const longest = (names: string[]) => names.reduce<string | undefined>((best, n) => (best === undefined || finishOf(n) > finishOf(best) ? n : best), undefined);
  const path: string[] = [];
  for (let at = longest(nodes.map((n) => n.name)); at !== undefined; at = longest(byName.get(at)!.dependsOn)) path.unshift(at);
  return { path, durationMs: path.length === 0 ? 0 : finishOf(path[path.length - 1]) };
  // END SOLUTION
}
