/** A node of exercise 7 with its duration. */
export interface TimedNode {
  name: string;
  dependsOn: string[];
  durationMs: number;
}

/** When one node ran in the simulated schedule. */
export interface ScheduledRun {
  name: string;
  startMs: number;
  endMs: number;
}

/** Simulates dynamic scheduling: a node starts when its dependencies are done and a worker is free. */
export function scheduleDynamic(nodes: TimedNode[], maxWorkers: number): { runs: ScheduledRun[]; makespanMs: number } {
  // BEGIN SOLUTION
  const runs: ScheduledRun[] = [];
  const finished = new Set<string>();
  let running: ScheduledRun[] = [];
  let t = 0;
  while (finished.size < nodes.length) {
    for (const r of running.filter((r) => r.endMs <= t)) finished.add(r.name);
    running = running.filter((r) => r.endMs > t);
    const started = new Set(runs.map((r) => r.name));
    for (const n of nodes) {
      if (running.length >= maxWorkers) break;
      if (started.has(n.name) || !n.dependsOn.every((d) => finished.has(d))) continue;
      const run = { name: n.name, startMs: t, endMs: t + n.durationMs };
      runs.push(run);
      running.push(run);
    }
    if (running.length > 0) t = Math.min(...running.map((r) => r.endMs));
    else if (finished.size < nodes.length) throw new Error('nothing can start: a cycle or a missing dependency');
  }
  return { runs, makespanMs: Math.max(0, ...runs.map((r) => r.endMs)) };
  // END SOLUTION
}
