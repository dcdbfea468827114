// A Pipeline closes the engine it made from its config's `engine:` after each run; an engine
// passed in stays the caller's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { parseProjectObject } from '../../src/config/parse-project-object.js';
import { MemoryConnection } from '../../src/connections/memory-connection.js';
import { ArqueroEngine } from '../../src/engine/arquero/arquero-engine.js';
import { newEngineRegistry } from '../../src/engine/engine-registry.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';

function setUp(engine: string) {
  const project = parseProjectObject({
    project: 'p', engine, connections: { mem: { type: 'memory' } }, story: { auto_generate: false },
    pipelines: [{ pipeline: 'one', nodes: [{ name: 'orders', read: { connection: 'mem', path: 'orders', format: 'json' } }] }],
  });
  const mem = new MemoryConnection('mem');
  mem.putTable('orders', aq.table({ id: [1, 2] }));
  return { config: project.pipelines[0]!, connections: { mem } };
}

function countingEngine(): ArqueroEngine & { close(): Promise<void>; closes: number } {
  const engine = new ArqueroEngine() as ArqueroEngine & { close(): Promise<void>; closes: number };
  engine.closes = 0;
  engine.close = async () => { engine.closes += 1; };
  return engine;
}

test('a pipeline closes the engine it made after each run', async () => {
  const made: ReturnType<typeof countingEngine>[] = [];
  const engineRegistry = newEngineRegistry().register('pipeline-close-test', () => { made.push(countingEngine()); return made.at(-1)!; });
  const { config, connections } = setUp('pipeline-close-test');
  const pipeline = new Pipeline(config, { connections, storyWriter: false, engineRegistry });
  assert.equal((await pipeline.run()).status, 'success');
  assert.equal(made.length, 1);
  assert.equal(made[0]!.closes, 1);
  await pipeline.run();
  assert.equal(made[0]!.closes, 2);
});

test('a pipeline never closes an engine passed in', async () => {
  const engine = countingEngine();
  const { config, connections } = setUp('arquero');
  await new Pipeline(config, { connections, engine, storyWriter: false }).run();
  assert.equal(engine.closes, 0);
});
