/** What this exercise reads of one node's result. */
export interface RanNode {
  name: string;
  dependsOn: string[];
  layer: number;
  startOffsetMs?: number;
  durationMs: number;
}

/** What this exercise reads of a run's results. */
export interface TimedRun {
  strategy: 'dynamic' | 'layers' | 'sequential';
  nodeResults: RanNode[];
}

/** The chain of nodes that made the run as long as it was, upstream first, as '<node> (<cause>)'. */
export function whatMadeItLong(results: TimedRun): string[] {
  // BEGIN SOLUTION
  const ran = results.nodeResults.filter((n) => n.startOffsetMs !== undefined);
  const startOf = (n: RanNode) => n.startOffsetMs!;
  const endOf = (n: RanNode) => n.startOffsetMs! + n.durationMs;
  const latest = (nodes: RanNode[]) => nodes.reduce<RanNode | undefined>((best, n) => (best === undefined || endOf(n) > endOf(best) ? n : best), undefined);
  const chain: string[] = [];
  for (let node = latest(ran); node !== undefined; ) {
    const start = startOf(node);
    const dependency = latest(ran.filter((n) => node!.dependsOn.includes(n.name)));
    const endedAtStart = (n: RanNode) => startOf(n) < start && endOf(n) === start;
    let cause: string;
    let next: RanNode | undefined;
    if (dependency && endOf(dependency) === start) [cause, next] = ['dependency', dependency];
    else if (!dependency && start === 0) [cause, next] = ['start', undefined];
    else if (results.strategy === 'layers' && (next = ran.find((n) => n.layer < node!.layer && endedAtStart(n)))) cause = 'barrier';
    else if ((next = ran.find(endedAtStart))) cause = 'slot';
    else [cause, next] = dependency ? ['dependency', dependency] : ['start', undefined];
    chain.unshift(`${node.name} (${cause})`);
    node = next;
  }
  return chain;
  // END SOLUTION
}
