// A plausible wrong answer: draws a random number for every node, skipped ones
// included, so every outcome after the first skip shifts.
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
  while (results.length < nodes.length) {
    const node = nodes.find((n) => !status.has(n.name) && n.dependsOn.every((d) => status.has(d)))!;
    const start = clock;
    const r = random();
    let s: SimResult['status'];
    if (node.dependsOn.some((d) => status.get(d) !== 'success')) {
      s = 'skipped';
      log.push(`[${clock} ms] skip ${node.name}`);
    } else {
      log.push(`[${clock} ms] start ${node.name}`);
      s = r < node.failureRate ? 'failed' : 'success';
      clock += node.durationMs;
      log.push(`[${clock} ms] ${s === 'failed' ? 'FAILED' : 'done'} ${node.name}`);
    }
    status.set(node.name, s);
    results.push({ name: node.name, status: s, startMs: start, endMs: clock });
  }
  return { log, results, totalMs: clock };
}
