/**
 * Everything running one node needs besides the node itself, injected by
 * the pipeline (or by a test).
 *
 * @example
 * ```ts
 * import { Context, ArqueroEngine } from 'odibi-ts';
 * import { seededRandom } from 'odibi-ts/dist/src/clock/seeded-random.js';
 * import { systemClock } from 'odibi-ts/dist/src/clock/system-clock.js';
 * import { type NodeRunEnv } from 'odibi-ts/dist/src/node/node-run-env.js';
 * import type { ColumnTable } from 'arquero';
 * const engine = new ArqueroEngine();
 * const env: NodeRunEnv<ColumnTable> = { pipeline: 'demo', engine, connections: {}, context: new Context(engine),
 *   functions: new Map(), clock: systemClock, random: seededRandom(1), maxSampleRows: 5, origin: systemClock.monotonic(), layer: 0 };
 * ```
 */
import type { Clock } from '../clock.js';
import type { Random } from '../clock/seeded-random.js';
import type { Connection } from '../connections/connection.js';
import type { Context } from '../context/context.js';
import type { Engine, TransformFunction } from '../engine/engine.js';
import type { ExecutorRun } from '../executor/executor.js';
import type { ErrorInfo } from '../results/types.js';
import type { Injection } from './injection.js';
import type { StepWorkers } from './step-workers.js';

export interface NodeRunEnv<T> {
  pipeline: string;
  engine: Engine<T>;
  connections: Readonly<Record<string, Connection>>;
  context: Context<T>;
  functions: ReadonlyMap<string, TransformFunction>;
  clock: Clock;
  /** Seeded randomness for retry jitter. */
  random: Random;
  /** At most this many rows in `sample`. */
  maxSampleRows: number;
  /** `clock.monotonic()` when the run started: offsets are measured from it. */
  origin: number;
  /** The node's layer, copied into its result. */
  layer: number;
  signal?: AbortSignal;
  /** A never-aborting signal the run's attempts share when they have no timeout and the run no signal. */
  unlimitedSignal?: AbortSignal;
  injection?: Injection;
  /** Where the Arquero steps of nodes with `timeout_ms` run (without it, they run in this thread, where a synchronous loop cannot be stopped). */
  stepWorkers?: StepWorkers;
  /** Run the node without its write: what it writes is there already (a resumed run that appended it). */
  skipWrite?: boolean;
  /** Key of this node's append in this run (queue executor): a repeated attempt cannot append twice. */
  appendKey?: string;
  /** Where attempts run when not here (the queue executor's run); undefined = this process. */
  remote?: Pick<ExecutorRun, 'attempt'>;
  /** Called as each attempt starts (1-based). */
  onAttempt?: (attempt: number, offsetMs: number) => void;
  /** Called before waiting `delayMs` for attempt `attempt`. */
  /** A worker took the attempt (remote attempts only). */
  onWorker?: (attempt: number, worker: string) => void;
  onRetry?: (attempt: number, delayMs: number, error: ErrorInfo) => void;
}
