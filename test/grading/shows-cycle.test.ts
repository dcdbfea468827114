import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showsCycle } from '../../src/grading/shows-cycle.js';

test('any rotation and either direction of the cycle is accepted', () => {
  assert.ok(showsCycle('dependency cycle: a -> b -> c -> a', ['a', 'b', 'c']));
  assert.ok(showsCycle('cycle c->a->b->c found', ['a', 'b', 'c']));
  assert.ok(showsCycle('x: a -> c -> b -> a', ['a', 'b', 'c']));
  assert.ok(showsCycle('self: n -> n', ['n']));
});

test('a path that is not the cycle, not closed, or not a string is rejected', () => {
  assert.ok(!showsCycle('a -> b -> c', ['a', 'b', 'c']));
  assert.ok(!showsCycle('a -> b -> a', ['a', 'b', 'c']));
  assert.ok(!showsCycle('a -> b -> d -> a', ['a', 'b', 'c']));
  assert.ok(!showsCycle('the graph has a cycle', ['a', 'b']));
  assert.ok(!showsCycle(undefined, ['a']));
});
