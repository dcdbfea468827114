// Forced garbage collection after releases: off unless a collector is passed in (RunOptions.collect).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import type { PipelineConfig } from '../../src/config/types.js';
import type { RunOptions } from '../../src/pipeline/pipeline-options.js';
import { FakeEngine, fakeConnection, type FakeTable } from '../helpers/fake-engine.js';
import { node, pipeline } from '../helpers/node-config.js';

/** Runs `config` with `options` (plus a counting collector unless `inject` is false); returns the collections. */
async function collectionsDuring(config: PipelineConfig, options: RunOptions, inject = true): Promise<number> {
  const clock = new VirtualClock({ start: 0 });
  const p = new Pipeline<FakeTable>(config, { engine: new FakeEngine(clock), connections: { data: fakeConnection() }, clock, storyWriter: false });
  let collections = 0;
  const results = await p.run(inject ? { ...options, collect: () => void collections++ } : options);
  assert.equal(results.status, 'success');
  return collections;
}

const tiny = 1e-6; // about one byte: only the size of the live tables holds a collection back
const chain = () => pipeline('chain', [node('a'), node('b', ['a']), node('c', ['b']), node('d', ['c'])]);

test('a chain collects once the released tables outweigh the live one, while nodes remain', async () => {
  // after c: a and b released (larger than c) and d still to run -> one collection; after d: c alone is lighter than d
  assert.equal(await collectionsDuring(chain(), { collectAfterMb: tiny }), 1);
});

test('no collection after the last node', async () => {
  const fanIn = pipeline('fan_in', [node('a'), node('b'), node('c', ['a', 'b'])]);
  assert.equal(await collectionsDuring(fanIn, { collectAfterMb: tiny }), 0, 'a and b are released when c, the last node, ends');
});

test('collection is off by default: nothing calls V8\'s collector, even when the process exposes it', async () => {
  const global = globalThis as { gc?: () => void };
  const exposed = global.gc;
  let calls = 0;
  global.gc = () => void calls++;
  try {
    assert.equal(await collectionsDuring(chain(), { collectAfterMb: tiny }, false), 0);
    assert.equal(calls, 0);
  } finally {
    global.gc = exposed;
  }
});

test('the threshold counts: 8 MB by default, so small tables never reach it', async () => {
  assert.equal(await collectionsDuring(chain(), {}), 0);
});

test('a collector that is not a function, or a negative threshold, is a usage error before anything runs', async () => {
  await assert.rejects(collectionsDuring(chain(), { collect: 'gc' as never }, false), (e: unknown) => (e as { code?: string }).code === 'USAGE' && /collect must be a function/.test(String(e)));
  await assert.rejects(collectionsDuring(chain(), { collectAfterMb: -1 }), (e: unknown) => (e as { code?: string }).code === 'USAGE' && /0 or more/.test(String(e)));
});
