import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { ArqueroEngine } from '../../src/engine/arquero/arquero-engine.js';
import { Context } from '../../src/context/context.js';
import { tableReleaser } from '../../src/pipeline/table-releaser.js';
import { runSettings } from '../../src/pipeline/run-settings.js';
import { OdibiError } from '../../src/errors.js';

const chain = ['a', 'b', 'c', 'd'].map((name, i, all) => ({ name, dependsOn: i ? [all[i - 1]!] : [], cache: false }));

function filled(): Context<aq.ColumnTable> {
  const context = new Context(new ArqueroEngine());
  for (const { name } of chain) context.register(name, aq.table({ x: Float64Array.from({ length: 1000 }, (_, i) => i) }));
  return context;
}

test('released tables leave the context; the collector runs once released tables reach the threshold and the live size', () => {
  const context = new Context(new ArqueroEngine());
  const table = () => aq.table({ x: Float64Array.from({ length: 1000 }, (_, i) => i) });
  const bytes = 8000;
  let collections = 0;
  const release = tableReleaser(chain, context, false, { afterBytes: 2 * bytes, collect: () => void collections++ });
  const seen: number[] = [];
  for (const { name } of chain) {
    context.register(name, table());
    release.finished(name);
    seen.push(collections);
  }
  // released: none, a (1 table), b (2 -> collected), c (1)
  assert.deepEqual(seen, [0, 0, 1, 1]);
  assert.deepEqual(context.names(), ['d']);
});

test('without a collection, or when keeping tables, nothing is collected', () => {
  const context = filled();
  let collections = 0;
  const keep = tableReleaser(chain, context, true, { afterBytes: 1, collect: () => void collections++ });
  for (const { name } of chain) assert.deepEqual(keep.finished(name), []);
  assert.equal(collections, 0);
  assert.equal(context.names().length, 4);
});

test('collection: none without a collector; with one, every 8 MB by default or collectAfterMb; a negative value is a usage error', () => {
  const config = { name: 'p', nodes: [], strategy: 'dynamic', maxConcurrency: 4, onError: 'fail_later' } as never;
  const collect = (): void => {};
  assert.equal(runSettings(config, {}).collection, undefined);
  assert.equal(runSettings(config, { collectAfterMb: 2 }).collection, undefined);
  assert.deepEqual(runSettings(config, { collect }).collection, { afterBytes: 8 * 1024 * 1024, collect });
  assert.equal(runSettings(config, { collect, collectAfterMb: 0 }).collection?.afterBytes, 0);
  assert.throws(() => runSettings(config, { collect, collectAfterMb: -1 }), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /0 or more/.test(e.message));
});
