// The results shown in docs/graph.md's table are what the graph returns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DependencyGraph } from '../../src/graph/dependency-graph.js';
import { findCycle } from '../../src/graph/find-cycle.js';
import { layers } from '../../src/graph/layers.js';
import { COURSE_NODES } from './course-example.js';

const DOC = readFileSync(join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'docs/graph.md'), 'utf8');
const literal = (text: string): unknown => JSON.parse(text.replace(/'/g, '"'));

test('table rows of the form | `graph.x(...)` | `literal` | hold', () => {
  const graph = DependencyGraph.fromNodes(COURSE_NODES);
  const rows = [...DOC.matchAll(/^\| `(graph\.[^`]+)` \| (?:declaration order: )?`([^`]+)`/gm)];
  assert.ok(rows.length >= 8);
  for (const [, expr, expected] of rows) {
    const actual = new Function('graph', `return ${expr};`)(graph);
    assert.deepEqual(actual, literal(expected), expr);
  }
});

test('the standalone examples hold', () => {
  assert.deepEqual(findCycle([{ name: 'a', dependsOn: ['b'] }, { name: 'b', dependsOn: ['a'] }]), ['a', 'b', 'a']);
  assert.deepEqual(layers([{ name: 'a', dependsOn: [] }, { name: 'b', dependsOn: ['a'] }]), [['a'], ['b']]);
});
