/**
 * An immutable, validated dependency graph of nodes (or of pipelines): order,
 * layers, transitive up/downstream, selection and the critical path. Built
 * once with {@link DependencyGraph.fromNodes}; an invalid graph is never built.
 * Internally names are integer indices and edges typed arrays, so graphs of
 * a million nodes stay fast.
 *
 * @example
 * ```ts
 * import { DependencyGraph } from 'odibi-ts';
 * const graph = DependencyGraph.fromNodes([
 *   { name: 'raw_customers', dependsOn: [] },
 *   { name: 'raw_orders', dependsOn: [] },
 *   { name: 'clean_customers', dependsOn: ['raw_customers'] },
 *   { name: 'clean_orders', dependsOn: ['raw_orders'] },
 *   { name: 'customer_orders', dependsOn: ['clean_customers', 'clean_orders'] },
 * ]);
 * graph.layers(); // [['raw_customers', 'raw_orders'], ['clean_customers', 'clean_orders'], ['customer_orders']]
 * graph.select('+clean_orders'); // ['raw_orders', 'clean_orders']
 * ```
 */
import { OdibiError, type Problem } from '../errors.js';
import { closestMatch } from '../text/closest-match.js';
import { buildGraphIndex, type GraphIndex } from './graph-index.js';
import type { GraphKind, GraphNode } from './graph-node.js';
import { graphProblems } from './check-graph.js';
import { GraphError } from './graph-error.js';
import { orderIndices } from './topological-order.js';
import { groupByLayer, layerNumbers, visitLayers, type LayerGroups } from './layers.js';
import { reachableNames } from './reachable.js';
import { selectNodes } from './select-nodes.js';
import { criticalPathOf, type CriticalPath } from './critical-path.js';

/** Options of {@link DependencyGraph.fromNodes}. */
export interface DependencyGraphOptions {
  /** `pipeline` for a graph of pipelines: changes error codes (GRAPH_PIPELINE_CYCLE) and wording. Default `node`. */
  kind?: GraphKind;
}

/** How many node names `toString()` shows before it summarises the rest. */
const SHOWN_NODES = 12;

export class DependencyGraph {
  private readonly g: GraphIndex;
  private readonly topo: Int32Array;
  private readonly layerOfIndex: Int32Array;
  private readonly groups: LayerGroups;
  private readonly kind: GraphKind;

  private constructor(g: GraphIndex, topo: Int32Array, kind: GraphKind) {
    this.g = g;
    this.topo = topo;
    this.kind = kind;
    const { layerOf, count } = layerNumbers(g, topo);
    this.layerOfIndex = layerOf;
    this.groups = groupByLayer(layerOf, count);
    Object.freeze(this);
  }

  /** Builds a graph; throws a GraphError (GRAPH_CYCLE, GRAPH_MISSING_DEPENDENCY, GRAPH_DUPLICATE_NODE...) listing every problem. */
  static fromNodes(nodes: readonly GraphNode[], options: DependencyGraphOptions = {}): DependencyGraph {
    const kind = options.kind ?? 'node';
    const g = buildGraphIndex(nodes);
    const topo = orderIndices(g);
    const problems = g.missing.length + g.duplicates.length > 0 || topo === undefined ? graphProblems(g, kind) : [];
    if (problems.length > 0 || topo === undefined) throw new GraphError(problems);
    return new DependencyGraph(g, topo, kind);
  }

  /** Every problem of `nodes` as data, without throwing (empty when fromNodes would succeed). */
  static check(nodes: readonly GraphNode[], options: DependencyGraphOptions = {}): Problem[] {
    return graphProblems(buildGraphIndex(nodes), options.kind ?? 'node');
  }

  /** Names in declaration order. */
  get names(): readonly string[] {
    return this.g.names;
  }

  /** Number of nodes. */
  get size(): number {
    return this.g.names.length;
  }

  /** Whether a node of this name exists. */
  has(name: string): boolean {
    return this.g.indexOf.has(name);
  }

  /** Topological order; among ready nodes the earliest declared comes first. */
  order(): string[] {
    const order: string[] = new Array(this.topo.length);
    for (let k = 0; k < order.length; k++) order[k] = this.g.names[this.topo[k]];
    return order;
  }

  /** Layers (generations); declaration order inside each layer. */
  layers(): string[][] {
    const result: string[][] = [];
    visitLayers(this.g.names, this.groups, (names) => result.push(names));
    return result;
  }

  /** The callback form of {@link DependencyGraph.layers}. */
  forEachLayer(visit: (names: string[], layer: number) => void): void {
    visitLayers(this.g.names, this.groups, visit);
  }

  /** The layer number (0-based) of a node. */
  layerOf(name: string): number {
    return this.layerOfIndex[this.indexOf(name)];
  }

  /** Direct dependencies, as declared. */
  dependenciesOf(name: string): string[] {
    const i = this.indexOf(name);
    const out: string[] = [];
    for (let k = this.g.depStart[i]; k < this.g.depStart[i + 1]; k++) out.push(this.g.names[this.g.deps[k]]);
    return out;
  }

  /** Direct dependents, in declaration order. */
  dependentsOf(name: string): string[] {
    const i = this.indexOf(name);
    const out: string[] = [];
    for (let k = this.g.childStart[i]; k < this.g.childStart[i + 1]; k++) out.push(this.g.names[this.g.children[k]]);
    return out;
  }

  /** Tags of a node. */
  tagsOf(name: string): string[] {
    return [...this.g.tags[this.indexOf(name)]];
  }

  /** Everything `name` depends on, directly or not, in declaration order. */
  upstream(name: string): string[] {
    return reachableNames(this.g, this.indexOf(name), 'up');
  }

  /** Everything that depends on `name`, directly or not, in declaration order. */
  downstream(name: string): string[] {
    return reachableNames(this.g, this.indexOf(name), 'down');
  }

  /** Names matched by a selection such as `+clean_orders, report+, tag:gold` (declaration order). */
  select(expr: string): string[] {
    return selectNodes(this.g, expr);
  }

  /** The graph restricted to `names`: dependencies on nodes left out are dropped. */
  subgraph(names: readonly string[]): DependencyGraph {
    const keep = new Set(names);
    for (const name of keep) this.indexOf(name);
    const nodes = this.g.names
      .map((name, i) => ({ name, dependsOn: this.dependenciesOf(name).filter((d) => keep.has(d)), tags: this.g.tags[i] }))
      .filter((node) => keep.has(node.name));
    return DependencyGraph.fromNodes(nodes, { kind: this.kind });
  }

  /** The chain with the largest total of `durations` (ms); missing durations count as 0. */
  criticalPath(durations: Readonly<Record<string, number>>): CriticalPath {
    return criticalPathOf(this.g, this.topo, durations);
  }

  /**
   * One line with the layers in order, as Node's console and a notebook's
   * `Out[n]` show it: `DependencyGraph (3 nodes, 2 layers): [a, b] -> c`.
   * Long graphs end in `... (+N more nodes)`.
   */
  toString(): string {
    const shown: string[] = [];
    let count = 0;
    for (const layer of this.layers()) {
      if (count >= SHOWN_NODES) break;
      const names = layer.slice(0, SHOWN_NODES - count);
      count += names.length;
      const more = names.length < layer.length ? ', ...' : '';
      shown.push(layer.length === 1 ? names[0]! : `[${names.join(', ')}${more}]`);
    }
    const rest = this.size - count;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return `DependencyGraph (${plural(this.size, this.kind)}, ${plural(this.groups.start.length - 1, 'layer')}): ${shown.join(' -> ')}${rest > 0 ? ` ... (+${plural(rest, 'more ' + this.kind)})` : ''}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  private indexOf(name: string): number {
    const i = this.g.indexOf.get(name);
    if (i !== undefined) return i;
    const closest = closestMatch(name, this.g.names);
    throw new OdibiError('GRAPH_UNKNOWN_NODE', `no ${this.kind} named "${name}"`, {
      hint: closest ? `did you mean "${closest}"?` : `known: ${this.g.names.slice(0, 10).join(', ')}`,
      [this.kind]: name,
    });
  }
}
