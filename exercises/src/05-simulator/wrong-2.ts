// A plausible shortcut: the log and the clock are right, but a skipped node's
// result ends durationMs after it starts, as if it had run.
export interface SimNode {
  name: string;
  dependsOn: string[];
  durationMs: number;
  failureRate: number;
}

export interface SimResult {
  name: string;
  status: 'success' | 'failed' | 'skipped';
  startMs: number;
  endMs: number;
}

export function ex5Random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function simulateRun(nodes: SimNode[], seed: number): { log: string[]; results: SimResult[]; totalMs: number } {
  const random = ex5Random(seed);
  const log: string[] = [];
  const results: SimResult[] = [];
  const status = new Map<string, SimResult['status']>();
  let clock = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes.find((n) => !status.has(n.name) && n.dependsOn.every((d) => status.has(d)))!;
    if (node.dependsOn.some((d) => status.get(d) !== 'success')) {
      log.push(`[${clock} ms] skip ${node.name}`);
      status.set(node.name, 'skipped');
      results.push({ name: node.name, status: 'skipped', startMs: clock, endMs: clock + node.durationMs });
      continue;
    }
    log.push(`[${clock} ms] start ${node.name}`);
    const failed = random() < node.failureRate;
    const start = clock;
    clock += node.durationMs;
    log.push(`[${clock} ms] ${failed ? 'FAILED' : 'done'} ${node.name}`);
    status.set(node.name, failed ? 'failed' : 'success');
    results.push({ name: node.name, status: failed ? 'failed' : 'success', startMs: start, endMs: clock });
  }
  return { log, results, totalMs: clock };
}
