/**
 * The small pipelines the orchestration exercises run through the real
 * library, inside the grading sandbox: a project of one pipeline over an
 * in-memory connection `mem` that holds a table `orders` (5 rows), on a
 * {@link VirtualClock} (so delays and retries are exact and instant), and no
 * story unless asked. Each node is a real node: a node without dependencies
 * reads `orders`, any other one keeps the rows of its inputs with a `limit`
 * step. Nothing is written to disk, so a case stays inside its folder.
 *
 * @example
 * ```ts
 * import { practicePipeline } from 'odibi-ts/dist/src/grading/practice-pipeline.js';
 * const { pipeline } = practicePipeline({ nodes: [{ name: 'a' }, { name: 'b', dependsOn: ['a'] }] });
 * const results = await pipeline.run({ inject: { a: 'fail' } });
 * results.skipped; // ['b']
 * ```
 */
import * as aq from 'arquero';
import { VirtualClock } from '../clock/virtual-clock.js';
import { parseProjectObject } from '../config/parse-project-object.js';
import type { Format, OnError, ProjectConfig, Strategy } from '../config/types.js';
import { MemoryConnection } from '../connections/memory-connection.js';
import { Pipeline } from '../pipeline/pipeline.js';

/** One node of a practice pipeline: its name and what it depends on. */
export interface PracticeNode {
  name: string;
  dependsOn?: string[];
}

/** What a practice pipeline is made of; the snake_case keys go into the project as they are. */
export interface PracticeSpec {
  nodes: PracticeNode[];
  /** Default `practice`. */
  pipeline?: string;
  on_error?: OnError;
  strategy?: Strategy;
  max_concurrency?: number;
  /** The project's `retry:` block (YAML form). */
  retry?: Record<string, unknown>;
}

/** The rows of `orders` in `mem`. */
export const PRACTICE_ORDERS = { id: [1, 2, 3, 4, 5], customer_id: [10, 11, 10, 12, 11], amount: [25, -3, 40, 12, 0] };

/** How `orders` is read. */
const ORDERS_FORMAT: Format = 'json';

/** A node in the YAML form: reads `orders` without dependencies, else keeps its inputs' rows. */
export function practiceNodeObject(node: PracticeNode): Record<string, unknown> {
  const dependsOn = node.dependsOn ?? [];
  if (dependsOn.length === 0) return { name: node.name, read: { connection: 'mem', path: 'orders', format: ORDERS_FORMAT } };
  return { name: node.name, depends_on: dependsOn, transform: { steps: [{ operation: 'limit', params: { n: 1000 } }] } };
}

/** The project (validated by the real loader) of a practice pipeline. */
export function practiceProject(spec: PracticeSpec): ProjectConfig {
  const { nodes, pipeline = 'practice', retry, ...settings } = spec;
  return parseProjectObject({
    project: 'practice',
    connections: { mem: { type: 'memory' } },
    story: { auto_generate: false },
    ...(retry ? { retry } : {}),
    pipelines: [{ pipeline, ...settings, nodes: nodes.map(practiceNodeObject) }],
  });
}

/** A memory connection named `mem` holding `orders`. */
export function practiceConnection(): MemoryConnection {
  const mem = new MemoryConnection('mem');
  mem.putTable('orders', aq.table(PRACTICE_ORDERS));
  return mem;
}

/** A practice pipeline ready to run, with its virtual clock. */
export function practicePipeline(spec: PracticeSpec): { pipeline: Pipeline; clock: VirtualClock; project: ProjectConfig } {
  const project = practiceProject(spec);
  const clock = new VirtualClock({ start: '2026-01-15T09:00:00Z' });
  const pipeline = new Pipeline(project.pipelines[0]!, { project, connections: { mem: practiceConnection() }, clock, storyWriter: false });
  return { pipeline, clock, project };
}
