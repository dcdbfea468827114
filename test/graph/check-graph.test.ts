import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkGraph } from '../../src/graph/check-graph.js';
import { COURSE_NODES } from './course-example.js';

test('a valid graph has no problems', () => {
  assert.deepEqual(checkGraph(COURSE_NODES), []);
});

test('duplicates, missing dependencies with did-you-mean, and separate cycles are all reported', () => {
  const problems = checkGraph([
    { name: 'raw_orders', dependsOn: [] },
    { name: 'raw_orders', dependsOn: [] },
    { name: 'clean', dependsOn: ['raw_ordres'] },
    { name: 'a', dependsOn: ['b'] },
    { name: 'b', dependsOn: ['a'] },
    { name: 'c', dependsOn: ['c'] },
  ]);
  assert.deepEqual(
    problems.map((p) => p.code),
    ['GRAPH_DUPLICATE_NODE', 'GRAPH_MISSING_DEPENDENCY', 'GRAPH_CYCLE', 'GRAPH_CYCLE'],
  );
  assert.match(problems[1].message, /"clean" depends on "raw_ordres"/);
  assert.equal(problems[1].hint, 'did you mean "raw_orders"?');
  assert.match(problems[2].message, /a -> b -> a/);
  assert.match(problems[3].message, /c -> c/);
});

test('pipeline graphs use GRAPH_PIPELINE_CYCLE', () => {
  const problems = checkGraph([{ name: 'bronze', dependsOn: ['gold'] }, { name: 'gold', dependsOn: ['bronze'] }], 'pipeline');
  assert.equal(problems[0].code, 'GRAPH_PIPELINE_CYCLE');
  assert.equal(problems[0].message, 'pipeline dependency cycle: bronze -> gold -> bronze');
  assert.equal(problems[0].pipeline, 'bronze');
});
