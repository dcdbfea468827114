// A plausible wrong answer: schedules layer by layer, so a node waits for the
// whole previous layer (and its slowest node) instead of its own dependencies.
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
  const done = new Set<string>();
  let t = 0;
  while (done.size < nodes.length) {
    const layer = nodes.filter((n) => !done.has(n.name) && n.dependsOn.every((d) => done.has(d)));
    for (let i = 0; i < layer.length; i += maxWorkers) {
      const batch = layer.slice(i, i + maxWorkers);
      for (const n of batch) runs.push({ name: n.name, startMs: t, endMs: t + n.durationMs });
      t += Math.max(...batch.map((n) => n.durationMs));
    }
    for (const n of layer) done.add(n.name);
  }
  return { runs, makespanMs: t };
}
