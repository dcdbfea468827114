/** A simulated node: how long it takes and how often it fails (0 to 1). */
export interface SimNode {
  name: string;
  dependsOn: string[];
  durationMs: number;
  failureRate: number;
}

/** One node's simulated result. */
export interface SimResult {
  name: string;
  status: 'success' | 'failed' | 'skipped';
  startMs: number;
  endMs: number;
}

/** A seeded random number generator (mulberry32): the same seed gives the same numbers in [0, 1). */
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

/** Simulates a sequential run with seeded failures; the same seed gives the same log. */
export function simulateRun(nodes: SimNode[], seed: number): { log: string[]; results: SimResult[]; totalMs: number } {
  // BEGIN SOLUTION
  const random = ex5Random(seed);
  const log: string[] = [];
  const results: SimResult[] = [];
  const status = new Map<string, SimResult['status']>();
  let clock = 0;
  while (results.length < nodes.length) {
    const node = nodes.find((n) => !status.has(n.name) && n.dependsOn.every((d) => status.has(d)))!;
    const start = clock;
    let s: SimResult['status'];
    if (node.dependsOn.some((d) => status.get(d) !== 'success')) {
      s = 'skipped';
      log.push(`[${clock} ms] skip ${node.name}`);
    } else {
      log.push(`[${clock} ms] start ${node.name}`);
      s = random() < node.failureRate ? 'failed' : 'success';
      clock += node.durationMs;
      log.push(`[${clock} ms] ${s === 'failed' ? 'FAILED' : 'done'} ${node.name}`);
    }
    status.set(node.name, s);
    results.push({ name: node.name, status: s, startMs: start, endMs: clock });
  }
  return { log, results, totalMs: clock };
  // END SOLUTION
}
