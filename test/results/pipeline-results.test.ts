import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PipelineResults } from '../../src/results/pipeline-results.js';
import { assembleResults } from '../../src/results/assemble-results.js';
import { pipelineStatus } from '../../src/results/pipeline-status.js';
import { resultsJsonSchema } from '../../src/results/results-json-schema.js';
import { OdibiError } from '../../src/errors.js';
import type { NodeResult } from '../../src/results/types.js';

const nr = (name: string, status: NodeResult['status'], extra: Partial<NodeResult> = {}): NodeResult =>
  ({ name, status, dependsOn: [], layer: 0, durationMs: 1, attempts: [], steps: [], validation: [], sample: [], ...extra });

function sample() {
  return assembleResults({
    pipeline: 'course', strategy: 'dynamic', maxConcurrency: 4, start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T00:00:01.000Z', durationMs: 1000,
    nodeResults: [nr('A', 'success'), nr('B', 'failed', { error: { code: 'NODE_INJECTED', message: 'injected failure' } }), nr('C', 'success'),
      nr('D', 'skipped', { skip: { reason: 'upstream_failed', rootCause: 'B', message: 'upstream node "B" failed' } }), nr('E', 'skipped'), nr('F', 'notRun')],
    layers: [['A', 'B'], ['C', 'D'], ['E']], contextEvents: [],
  });
}

test('status rules', () => {
  assert.equal(pipelineStatus({ completed: ['a'], failed: [], skipped: [] }), 'success');
  assert.equal(pipelineStatus({ completed: [], failed: [], skipped: [] }), 'success');
  assert.equal(pipelineStatus({ completed: ['a'], failed: ['b'], skipped: [] }), 'partial');
  assert.equal(pipelineStatus({ completed: [], failed: ['b'], skipped: ['c'] }), 'failed');
  assert.equal(pipelineStatus({ completed: [], failed: [], skipped: ['c'], skippedBecause: 'bronze' }), 'skipped');
});

test('lists in declaration order, aggregated errors, getters and node()', () => {
  const results = new PipelineResults(sample());
  assert.deepEqual([results.completed, results.failed, results.skipped, results.notRun], [['A', 'C'], ['B'], ['D', 'E'], ['F']]);
  assert.equal(results.status, 'partial');
  assert.deepEqual(results.errors, [{ node: 'B', code: 'NODE_INJECTED', message: 'injected failure' }]);
  assert.equal(results.node('D').skip?.rootCause, 'B');
  assert.throws(() => results.node('Z'), (e: unknown) => e instanceof OdibiError && e.code === 'GRAPH_UNKNOWN_NODE' && /nodes: A, B/.test(e.message));
  assert.match(String(results), /course partial: 2 completed, 1 failed, 2 skipped, 1 not run/);
});

test('toJSON round-trips through fromJSON, as object and as string', () => {
  const results = new PipelineResults(sample());
  const json = results.toJSON();
  assert.equal(json.schemaVersion, 1);
  assert.deepEqual(PipelineResults.fromJSON(json).toJSON(), json);
  assert.deepEqual(PipelineResults.fromJSON(JSON.stringify(results)).toJSON(), json);
});

test('fromJSON rejects invalid results with RESULTS_INVALID naming the problem', () => {
  const bad = { ...sample(), schemaVersion: 2 };
  assert.throws(() => PipelineResults.fromJSON(bad), (e: unknown) => e instanceof OdibiError && e.code === 'RESULTS_INVALID' && /schemaVersion/.test(e.message));
  assert.throws(() => PipelineResults.fromJSON('{not json'), (e: unknown) => e instanceof OdibiError && e.code === 'RESULTS_INVALID');
  const { nodeResults, ...rest } = sample();
  assert.throws(() => PipelineResults.fromJSON({ ...rest, nodeResults: [{ ...nodeResults[0], status: 'done' }] }), /nodeResults\.0\.status/);
});

test('the committed JSON Schema equals the one generated from the zod schema', () => {
  const committed = JSON.parse(readFileSync(new URL('../../schema/pipeline-results.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(committed, resultsJsonSchema(), 'run: npm run generate -- --only results-schema');
});
