import { test } from 'node:test';
import assert from 'node:assert/strict';
import { largerSizes } from '../../bench/duckdb-larger-than-memory.js';
import { sameRevenue, type CaseResult } from '../../bench/larger-than-memory-case.js';

const run = (result: CaseResult['result']): CaseResult => ({ engine: 'x', readS: 0, stepsS: 0, writeS: 0, totalS: 0, rowsAfterFilter: 0, startRssMB: 0, peakRssMB: 0, result });

test('sameRevenue accepts float noise and rejects a different count, region or sum', () => {
  const base = run([{ region: 'a', orders: 2, revenue: 1e6 }, { region: 'b', orders: 1, revenue: 0.1 + 0.2 }]);
  assert.equal(sameRevenue(base, run([{ region: 'a', orders: 2, revenue: 1e6 + 1e-6 }, { region: 'b', orders: 1, revenue: 0.3 }])), true);
  assert.equal(sameRevenue(base, run([{ region: 'a', orders: 3, revenue: 1e6 }, { region: 'b', orders: 1, revenue: 0.3 }])), false);
  assert.equal(sameRevenue(base, run([{ region: 'a', orders: 2, revenue: 1e6 }, { region: 'c', orders: 1, revenue: 0.3 }])), false);
  assert.equal(sameRevenue(base, run([{ region: 'a', orders: 2, revenue: 1e6 + 1 }, { region: 'b', orders: 1, revenue: 0.3 }])), false);
  assert.equal(sameRevenue(base, undefined), false);
  assert.equal(sameRevenue(run([]), run([])), false);
});

test('largerSizes: tiny, the defaults, and the environment override', () => {
  assert.deepEqual(largerSizes('tiny', {}), { both: [10_000], duckdbOnly: [], memoryLimit: '64MB', exchangeRows: 1_000 });
  assert.deepEqual(largerSizes('full', {}), { both: [1e6, 3e6], duckdbOnly: [1e7], memoryLimit: '256MB', exchangeRows: 1e6 });
  const custom = largerSizes('full', { ODIBI_BENCH_LARGER_ROWS: '1e5/1e6,2e6', ODIBI_BENCH_LARGER_MEMORY: '128MB' });
  assert.deepEqual([custom.both, custom.duckdbOnly, custom.memoryLimit], [[1e5], [1e6, 2e6], '128MB']);
});
