// Runs a random DAG on a virtual clock and records every event with its virtual time.
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import { Context } from '../../src/context/context.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import type { RunEvent } from '../../src/pipeline/events.js';
import type { PipelineResults } from '../../src/results/pipeline-results.js';
import { FakeEngine, fakeConnection, type FakeTable } from './fake-engine.js';
import { dagInjections, dagPipeline, type Dag } from './random-dag.js';

export interface TimedEvent {
  at: number;
  event: RunEvent;
}

export interface DagRun {
  results: PipelineResults;
  events: TimedEvent[];
  layers: string[][];
}

/** Runs `dag` once (its own strategy and limit), with no real waiting. */
export async function runDag(dag: Dag): Promise<DagRun> {
  const clock = new VirtualClock({ start: 0 });
  const engine = new FakeEngine(clock);
  const events: TimedEvent[] = [];
  const pipeline = new Pipeline<FakeTable>(dagPipeline(dag), {
    engine, clock, connections: { data: fakeConnection() }, storyWriter: false,
    context: new Context(engine, () => clock.monotonic()),
    listeners: [(event) => events.push({ at: clock.monotonic(), event })],
  });
  const results = await pipeline.run({ inject: dagInjections(dag) });
  return { results, events, layers: pipeline.plan().layers };
}
