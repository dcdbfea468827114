// The runner's garbage collections after releases, observed through a stand-in for V8's `gc`
// (set before the library first looks for a collector: this file runs in its own process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import type { PipelineConfig } from '../../src/config/types.js';
import { FakeEngine, fakeConnection, type FakeTable } from '../helpers/fake-engine.js';
import { node, pipeline } from '../helpers/node-config.js';

let collections = 0;
(globalThis as { gc?: () => void }).gc = () => void collections++;

async function collectionsDuring(config: PipelineConfig, gcEveryMb: number): Promise<number> {
  const clock = new VirtualClock({ start: 0 });
  const p = new Pipeline<FakeTable>(config, { engine: new FakeEngine(clock), connections: { data: fakeConnection() }, clock, storyWriter: false });
  const before = collections;
  const results = await p.run({ gcEveryMb });
  assert.equal(results.status, 'success');
  return collections - before;
}

const tiny = 1e-6; // about one byte: only the size of the live tables holds a collection back

test('a chain collects once the released tables outweigh the live one, while nodes remain', async () => {
  // after c: a and b released (larger than c) and d still to run -> one collection; after d: c alone is lighter than d
  assert.equal(await collectionsDuring(pipeline('chain', [node('a'), node('b', ['a']), node('c', ['b']), node('d', ['c'])]), tiny), 1);
});

test('no collection after the last node, and none with gcEveryMb 0', async () => {
  const fanIn = pipeline('fan_in', [node('a'), node('b'), node('c', ['a', 'b'])]);
  assert.equal(await collectionsDuring(fanIn, tiny), 0, 'a and b are released when c, the last node, ends');
  assert.equal(await collectionsDuring(pipeline('chain', [node('a'), node('b', ['a']), node('c', ['b']), node('d', ['c'])]), 0), 0);
});
