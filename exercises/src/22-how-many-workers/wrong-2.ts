// A plausible wrong answer: simulates correctly, but forgets the queue's overhead per node.
export interface WorkNode {
  name: string;
  dependsOn: string[];
  durationMs: number;
}

export function workersNeeded(nodes: WorkNode[], _overheadMs: number) {
  const makespan = (workers: number): number => {
    const ends = new Map<string, number>();
    let running: Array<{ name: string; end: number }> = [];
    let t = 0;
    while (ends.size < nodes.length) {
      for (const r of running.filter((r) => r.end <= t)) ends.set(r.name, r.end);
      running = running.filter((r) => r.end > t);
      for (const n of nodes) {
        if (running.length >= workers) break;
        const started = ends.has(n.name) || running.some((r) => r.name === n.name);
        if (!started && n.dependsOn.every((d) => ends.has(d))) running.push({ name: n.name, end: t + n.durationMs });
      }
      if (running.length > 0) t = Math.min(...running.map((r) => r.end));
    }
    return Math.max(0, ...ends.values());
  };
  const best = makespan(nodes.length);
  let workers = nodes.length === 0 ? 0 : 1;
  while (workers < nodes.length && makespan(workers) > best) workers++;
  return { workers, durationMs: best };
}
