import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { ArqueroEngine } from '../../src/engine/arquero/arquero-engine.js';
import { Context } from '../../src/context/context.js';
import { tableReleaser } from '../../src/pipeline/table-releaser.js';
import { garbageCollector } from '../../src/context/garbage-collector.js';
import { runSettings } from '../../src/pipeline/run-settings.js';
import { OdibiError } from '../../src/errors.js';

const chain = ['a', 'b', 'c', 'd'].map((name, i, all) => ({ name, dependsOn: i ? [all[i - 1]!] : [], cache: false }));

function filled(): Context<aq.ColumnTable> {
  const context = new Context(new ArqueroEngine());
  for (const { name } of chain) context.register(name, aq.table({ x: Float64Array.from({ length: 1000 }, (_, i) => i) }));
  return context;
}

test('released tables leave the context; the collector runs once made and released tables reach the threshold', () => {
  const context = new Context(new ArqueroEngine());
  const table = () => aq.table({ x: Float64Array.from({ length: 1000 }, (_, i) => i) });
  const bytes = 8000;
  let collections = 0;
  const release = tableReleaser(chain, context, false, { afterBytes: 3 * bytes, collect: () => void collections++ });
  const seen: number[] = [];
  for (const { name } of chain) {
    context.register(name, table());
    release.finished(name);
    seen.push(collections);
  }
  // a made: 1 table; b made, a released: 3 -> collected; c, b: 2; d, c: 4 -> collected
  assert.deepEqual(seen, [0, 1, 1, 2]);
  assert.deepEqual(context.names(), ['d']);
});

test('the collector waits for as much garbage as there are live tables', () => {
  const context = new Context(new ArqueroEngine());
  const rows = (n: number) => aq.table({ x: Float64Array.from({ length: n }, (_, i) => i) });
  context.register('big', rows(10_000)); // 80,000 bytes, kept (cache)
  const nodes = [{ name: 'big', dependsOn: [], cache: true }, ...chain];
  let collections = 0;
  const release = tableReleaser(nodes, context, false, { afterBytes: 8000, collect: () => void collections++ });
  release.finished('big');
  assert.equal(collections, 1, 'big was made: 80,000 bytes of temporaries');
  for (const { name } of chain) {
    context.register(name, rows(1000));
    release.finished(name);
  }
  assert.equal(collections, 1, '7 tables of 8,000 bytes made and released since: below the 80,000 live');
});

test('without a collection, or when keeping tables, nothing is collected', () => {
  const context = filled();
  let collections = 0;
  const keep = tableReleaser(chain, context, true, { afterBytes: 1, collect: () => void collections++ });
  for (const { name } of chain) assert.deepEqual(keep.finished(name), []);
  assert.equal(collections, 0);
  assert.equal(context.names().length, 4);
});

test('the garbage collector is available under Node without --expose-gc', () => {
  const gc = garbageCollector();
  assert.equal(typeof gc, 'function');
  gc!();
});

test('gcEveryMb: default 8 MB, 0 turns it off, a negative value is a usage error', () => {
  const config = { name: 'p', nodes: [], strategy: 'dynamic', maxConcurrency: 4, onError: 'fail_later' } as never;
  assert.equal(runSettings(config, {}).gcEveryBytes, 8 * 1024 * 1024);
  assert.equal(runSettings(config, { gcEveryMb: 0 }).gcEveryBytes, 0);
  assert.throws(() => runSettings(config, { gcEveryMb: -1 }), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /0 or more/.test(e.message));
});
