import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProjectObject, safeParseProjectObject } from '../../src/config/parse-project-object.js';
import { ConfigError } from '../../src/config/config-error.js';

const project = {
  project: 'demo',
  connections: { data: { type: 'local', base_path: 'data' } },
  pipelines: [
    {
      pipeline: 'main',
      nodes: [
        { name: 'raw', read: { connection: 'data', path: 'orders.csv' } },
        { name: 'clean', depends_on: ['raw'], transform: { steps: [{ operation: 'filter', params: { expr: 'd.amount > 0' } }] } },
      ],
    },
  ],
};

test('a plain object in the YAML shape is normalised the same way, without positions', () => {
  const parsed = parseProjectObject(project, { baseDir: '/work/demo' });
  assert.equal(parsed.connections.data.options.base_path, '/work/demo/data');
  assert.equal(parsed.pipelines[0].strategy, 'dynamic');
  assert.deepEqual(parsed.pipelines[0].nodes[1].steps, [{ kind: 'operation', operation: 'filter', params: { expr: 'd.amount > 0' } }]);
  assert.equal(parsed.pipelines[0].nodes[0].location, undefined);
});

test('the input object is not shared with the result', () => {
  const input = structuredClone(project);
  const parsed = parseProjectObject(input, { baseDir: '/x' });
  input.pipelines[0].nodes[1].depends_on!.push('other');
  assert.deepEqual(parsed.pipelines[0].nodes[1].dependsOn, ['raw']);
});

test('problems carry config paths but no line numbers', () => {
  const bad = structuredClone(project) as any;
  bad.pipelines[0].nodes[1].depends_on = ['rwa'];
  bad.pipelines[0].strategy = 'parallel';
  const result = safeParseProjectObject(bad);
  assert.ok(!result.ok);
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.path, p.line]),
    [
      ['CONFIG_BAD_ENUM', 'pipelines[0].strategy', undefined],
      ['CONFIG_UNKNOWN_DEPENDENCY', 'pipelines[0].nodes[1].depends_on[0]', undefined],
    ],
  );
  assert.throws(() => parseProjectObject(bad), (e: unknown) => e instanceof ConfigError && e.problems.length === 2);
});
