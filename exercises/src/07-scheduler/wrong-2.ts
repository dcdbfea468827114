// A plausible shortcut: ready nodes wait in a first-come queue, so a node that became
// ready earlier takes a free worker before one declared before it.
export interface TimedNode {
  name: string;
  dependsOn: string[];
  durationMs: number;
}

export interface ScheduledRun {
  name: string;
  startMs: number;
  endMs: number;
}

export function scheduleDynamic(nodes: TimedNode[], maxWorkers: number): { runs: ScheduledRun[]; makespanMs: number } {
  const runs: ScheduledRun[] = [];
  const finished = new Set<string>();
  const queued = new Set<string>();
  const queue: TimedNode[] = [];
  let running: ScheduledRun[] = [];
  let t = 0;
  while (finished.size < nodes.length) {
    for (const r of running.filter((r) => r.endMs <= t)) finished.add(r.name);
    running = running.filter((r) => r.endMs > t);
    for (const n of nodes) {
      if (!queued.has(n.name) && n.dependsOn.every((d) => finished.has(d))) {
        queued.add(n.name);
        queue.push(n);
      }
    }
    while (running.length < maxWorkers && queue.length > 0) {
      const n = queue.shift()!;
      const run = { name: n.name, startMs: t, endMs: t + n.durationMs };
      runs.push(run);
      running.push(run);
    }
    if (running.length > 0) t = Math.min(...running.map((r) => r.endMs));
    else if (finished.size < nodes.length) throw new Error('nothing can start: a cycle or a missing dependency');
  }
  return { runs, makespanMs: Math.max(0, ...runs.map((r) => r.endMs)) };
}
