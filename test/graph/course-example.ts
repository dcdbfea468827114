// The layers example of the course module, shared by the graph and CLI tests.
import type { GraphNode } from '../../src/graph/graph-node.js';

export const COURSE_NODES: GraphNode[] = [
  { name: 'raw_customers', dependsOn: [] },
  { name: 'raw_orders', dependsOn: [] },
  { name: 'clean_customers', dependsOn: ['raw_customers'], tags: ['silver'] },
  { name: 'clean_orders', dependsOn: ['raw_orders'], tags: ['silver'] },
  { name: 'customer_orders', dependsOn: ['clean_customers', 'clean_orders'], tags: ['gold'] },
];

export const COURSE_LAYERS = [['raw_customers', 'raw_orders'], ['clean_customers', 'clean_orders'], ['customer_orders']];

/** A chain-and-fan graph of `n` nodes: node i depends on i-1 and on i/2 (deterministic). */
export function bigGraph(n: number): GraphNode[] {
  const nodes: GraphNode[] = [];
  for (let i = 0; i < n; i++) {
    const deps = i === 0 ? [] : i % 7 === 0 ? [`n${i - 1}`, `n${i >> 1}`] : i % 3 === 0 ? [] : [`n${i - 1}`];
    nodes.push({ name: `n${i}`, dependsOn: deps });
  }
  return nodes;
}
