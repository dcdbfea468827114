/**
 * Makes sure every table the run's nodes need from outside the run is in
 * the context: a reused or unselected dependency's table is taken from the
 * context, else re-read from its `write` target. A target the node appends
 * to holds more than its table (every row ever appended), so a reused node
 * that appends runs again, without writing: its rows are in the target
 * already, and its dependents get the table it produces, as in a fresh run.
 * A reused node whose output is in neither place is moved into the run
 * (reason `output not persisted`); an unselected one is reported, and the
 * nodes needing it fail with NODE_NO_INPUT instead of running.
 */
import type { NodeConfig } from '../config/types.js';
import type { Connection } from '../connections/connection.js';
import type { Context } from '../context/context.js';
import type { Engine } from '../engine/engine.js';
import type { DependencyGraph } from '../graph/dependency-graph.js';
import type { RunPlan } from './plan-run.js';

export interface InputSources<T> {
  graph: DependencyGraph;
  nodes: ReadonlyMap<string, NodeConfig>;
  engine: Engine<T>;
  connections: Readonly<Record<string, Connection>>;
  context: Context<T>;
}

/**
 * Changes `plan` in place; returns the unavailable inputs (dependency names) by node.
 * `available` replaces loading into the context when the attempts run elsewhere
 * (the queue executor's workers read the write target themselves).
 */
export async function provideInputs<T>(sources: InputSources<T>, plan: RunPlan, available?: (name: string) => Promise<boolean>): Promise<Map<string, string[]>> {
  const unavailable = new Map<string, string[]>();
  if (plan.run.size === sources.graph.size) return unavailable; // every node runs: nothing comes from outside
  const known = new Map<string, boolean>();
  for (const name of [...sources.graph.order()].reverse()) {
    if (!plan.run.has(name)) continue;
    for (const dep of sources.graph.dependenciesOf(name)) {
      if (plan.run.has(dep)) continue;
      if (!known.has(dep)) known.set(dep, await (available ? available(dep) : loadOutput(sources, dep)));
      if (known.get(dep)) continue;
      if (plan.reuse.has(dep)) {
        plan.reuse.delete(dep);
        plan.run.add(dep);
        const appended = sources.nodes.get(dep)?.write?.mode === 'append';
        if (appended) plan.withoutWrite.add(dep);
        plan.rerunReasons.set(dep, appended ? APPENDED : 'output not persisted');
      } else {
        unavailable.set(name, [...(unavailable.get(name) ?? []), dep]);
      }
    }
  }
  return unavailable;
}

/** Why a reused node that appends runs again. */
const APPENDED = 'its rows were appended by the run being resumed; its table is made again, not written twice';

/** True when `name`'s table is in the context or could be read back from its write target (not one it appends to). */
async function loadOutput<T>(sources: InputSources<T>, name: string): Promise<boolean> {
  if (sources.context.has(name)) return true;
  const write = sources.nodes.get(name)?.write;
  const connection = write ? sources.connections[write.connection] : undefined;
  if (!write || !connection || write.mode === 'append') return false;
  try {
    if (!(await connection.exists(write.path))) return false;
    const table = await sources.engine.read({ connection: write.connection, path: write.path, format: write.format, options: {} }, connection);
    sources.context.register(name, table);
    return true;
  } catch {
    return false;
  }
}
