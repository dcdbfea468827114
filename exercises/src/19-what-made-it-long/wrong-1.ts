// A plausible wrong answer: the critical path over dependencies only, whatever
// the strategy: it ignores that nodes also wait for slots and barriers.
export interface RanNode {
  name: string;
  dependsOn: string[];
  layer: number;
  startOffsetMs?: number;
  durationMs: number;
}

export interface TimedRun {
  strategy: 'dynamic' | 'layers' | 'sequential';
  nodeResults: RanNode[];
}

export function whatMadeItLong(results: TimedRun): string[] {
  const ran = results.nodeResults.filter((n) => n.startOffsetMs !== undefined);
  const endOf = (n: RanNode) => n.startOffsetMs! + n.durationMs;
  const latest = (nodes: RanNode[]) => nodes.reduce<RanNode | undefined>((best, n) => (best === undefined || endOf(n) > endOf(best) ? n : best), undefined);
  const chain: string[] = [];
  for (let node = latest(ran); node !== undefined; ) {
    const dependency = latest(ran.filter((n) => node!.dependsOn.includes(n.name)));
    chain.unshift(`${node.name} (${dependency ? 'dependency' : 'start'})`);
    node = dependency;
  }
  return chain;
}
