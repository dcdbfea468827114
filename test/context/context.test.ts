import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { Context } from '../../src/context/context.js';
import { ArqueroEngine } from '../../src/engine/arquero/arquero-engine.js';
import { OdibiError } from '../../src/errors.js';

function manualClock() {
  let now = 1000;
  return { now: () => now, advance: (ms: number) => { now += ms; } };
}

test('register, get, has, names, stats and totals', () => {
  const context = new Context(new ArqueroEngine(), manualClock().now);
  const orders = aq.table({ id: [1, 2, 3], amount: [1, 2, 3] });
  context.register('orders', orders);
  assert.equal(context.get('orders'), orders);
  assert.equal(context.has('orders'), true);
  assert.equal(context.has('other'), false);
  assert.deepEqual(context.names(), ['orders']);
  assert.deepEqual(context.stats('orders'), { rows: 3, columns: 2, bytes: 48 });
  assert.deepEqual(context.totals(), { tables: 1, bytes: 48 });
});

test('a miss names the available tables and suggests the closest', () => {
  const context = new Context(new ArqueroEngine());
  context.register('raw_orders', aq.table({ id: [1] }));
  context.register('raw_customers', aq.table({ id: [1] }));
  assert.throws(() => context.get('raw_ordres'), (e: unknown) => {
    assert.ok(e instanceof OdibiError);
    assert.equal(e.code, 'ENGINE_UNKNOWN_TABLE');
    assert.match(e.message, /"raw_ordres".*available: raw_orders, raw_customers/);
    assert.match(e.hint ?? '', /did you mean "raw_orders"/);
    return true;
  });
  assert.throws(() => new Context(new ArqueroEngine()).stats('x'), (e: unknown) => e instanceof OdibiError && /\(none\)/.test(e.message));
});

test('remove and clear release tables and record events with times and live totals', () => {
  const clock = manualClock();
  const context = new Context(new ArqueroEngine(), clock.now);
  clock.advance(5);
  context.resetClock();
  context.register('a', aq.table({ x: [1, 2] }));
  clock.advance(10);
  context.register('b', aq.table({ x: [1] }));
  clock.advance(10);
  assert.equal(context.remove('a'), true);
  assert.equal(context.remove('a'), false);
  context.clear();
  assert.deepEqual(context.names(), []);
  assert.deepEqual(context.events(), [
    { kind: 'register', table: 'a', offsetMs: 0, rows: 2, bytes: 16, liveTables: 1, liveBytes: 16 },
    { kind: 'register', table: 'b', offsetMs: 10, rows: 1, bytes: 8, liveTables: 2, liveBytes: 24 },
    { kind: 'release', table: 'a', offsetMs: 20, rows: 2, bytes: 16, liveTables: 1, liveBytes: 8 },
    { kind: 'release', table: 'b', offsetMs: 20, rows: 1, bytes: 8, liveTables: 0, liveBytes: 0 },
  ]);
});

test('registering a name again releases the previous table first', () => {
  const context = new Context(new ArqueroEngine(), manualClock().now);
  context.register('a', aq.table({ x: [1, 2] }));
  context.register('a', aq.table({ x: [1] }));
  const [, release, register] = context.events();
  assert.deepEqual([release.kind, release.rows, release.liveTables, release.liveBytes], ['release', 2, 0, 0]);
  assert.deepEqual([register.kind, register.rows, register.liveTables, register.liveBytes], ['register', 1, 1, 8]);
  assert.deepEqual(context.totals(), { tables: 1, bytes: 8 });
});

test('events are copies; clearEvents keeps the tables', () => {
  const context = new Context(new ArqueroEngine(), manualClock().now);
  context.register('a', aq.table({ x: [1] }));
  context.events()[0].rows = 99;
  assert.equal(context.events()[0].rows, 1);
  context.clearEvents();
  assert.deepEqual(context.events(), []);
  assert.equal(context.has('a'), true);
});
