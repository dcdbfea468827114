import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatConfigPath } from '../../src/config/config-path.js';

test('segments become a readable path', () => {
  assert.equal(formatConfigPath(['pipelines', 0, 'nodes', 2, 'depends_on', 1]), 'pipelines[0].nodes[2].depends_on[1]');
  assert.equal(formatConfigPath([]), '');
  assert.equal(formatConfigPath(['connections', 'my lake', 'type']), 'connections["my lake"].type');
});
