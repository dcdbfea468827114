import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadProjectFromString, safeLoadProjectFromString } from '../../src/config/load-project-from-string.js';
import { ConfigError } from '../../src/config/config-error.js';
import { DEFAULTS } from '../../src/config/types.js';
import type { StepProblem } from '../../src/operations/check-step.js';

const MINIMAL = `project: demo
connections:
  data: { type: memory }
pipelines:
  - pipeline: main
    nodes:
      - name: raw
        read: { connection: data, path: orders.csv }
`;

test('defaults fill in everything left out', () => {
  const project = loadProjectFromString(MINIMAL, { baseDir: '/srv/demo' });
  assert.equal(project.engine, 'arquero');
  assert.deepEqual(project.retry, DEFAULTS.retry);
  assert.deepEqual(project.story, { path: '/srv/demo/stories', maxSampleRows: 10, formats: ['md', 'html', 'json'], autoGenerate: true });
  const [pipeline] = project.pipelines;
  assert.equal(pipeline.strategy, 'dynamic');
  assert.equal(pipeline.maxConcurrency, 4);
  assert.equal(pipeline.onError, 'fail_later');
  assert.equal(pipeline.engine, 'arquero');
  const [node] = pipeline.nodes;
  assert.deepEqual(node.read, { connection: 'data', path: 'orders.csv', format: 'csv', options: {} });
  assert.deepEqual(node.retry, { maxAttempts: 1, backoff: 'exponential', initialDelayMs: 100, maxDelayMs: 30_000, jitter: false });
  assert.equal(node.timeoutMs, undefined);
  assert.equal(node.cache, false);
  assert.deepEqual(node.steps, []);
  assert.deepEqual(node.dependsOn, []);
  assert.equal(project.baseDir, '/srv/demo');
  assert.equal(project.file, undefined);
});

test('every key is read and normalised', () => {
  const project = loadProjectFromString(
    `project: full
description: all keys
engine: arquero
connections:
  lake: { type: local, base_path: lake, delimiter: ";" }
  mem: { type: memory }
story: { connection: lake, path: stories/out, max_sample_rows: 3, formats: [md], auto_generate: false }
retry: { max_attempts: 3, backoff: linear, initial_delay_ms: 50 }
functions: [lib/fns.ts]
pipelines:
  - pipeline: p
    description: the pipeline
    layer: silver
    strategy: layers
    max_concurrency: 2
    on_error: fail_fast
    engine: other
    nodes:
      - name: a
        description: reads
        tags: [raw, daily]
        read: { connection: lake, path: in/a.parquet, options: { columns: [x] } }
        cache: true
        timeout_ms: 5000
        retry: { max_delay_ms: 1000, jitter: true }
      - name: b
        depends_on: [a]
        transform:
          steps:
            - operation: filter
              params: { expr: "d.x > 1" }
            - function: enrich
              params: { factor: 2 }
        write: { connection: mem, path: out.json, mode: append }
        validation:
          not_empty: true
          no_nulls: [x]
          unique: [x]
          schema: { required_columns: [x], types: { x: number } }
`,
    { baseDir: '/data/proj', file: 'full.yaml', engines: ['arquero', 'duckdb', 'other'] },
  );
  assert.deepEqual(project.connections.lake, { name: 'lake', type: 'local', options: { base_path: '/data/proj/lake', delimiter: ';' } });
  assert.deepEqual(project.connections.mem, { name: 'mem', type: 'memory', options: {} });
  assert.deepEqual(project.story, { connection: 'lake', path: 'stories/out', maxSampleRows: 3, formats: ['md'], autoGenerate: false });
  assert.deepEqual(project.functions, ['/data/proj/lib/fns.ts']);
  const [p] = project.pipelines;
  assert.deepEqual([p.description, p.layer, p.strategy, p.maxConcurrency, p.onError, p.engine], ['the pipeline', 'silver', 'layers', 2, 'fail_fast', 'other']);
  const [a, b] = p.nodes;
  assert.deepEqual(a.tags, ['raw', 'daily']);
  assert.deepEqual(a.read?.options, { columns: ['x'] });
  assert.equal(a.read?.format, 'parquet');
  assert.equal(a.cache, true);
  assert.equal(a.timeoutMs, 5000);
  assert.deepEqual(a.retry, { maxAttempts: 3, backoff: 'linear', initialDelayMs: 50, maxDelayMs: 1000, jitter: true });
  assert.deepEqual(b.retry, { maxAttempts: 3, backoff: 'linear', initialDelayMs: 50, maxDelayMs: 30_000, jitter: false });
  assert.deepEqual(b.write, { connection: 'mem', path: 'out.json', format: 'json', mode: 'append', options: {} });
  assert.deepEqual(b.validation, { notEmpty: true, noNulls: ['x'], unique: ['x'], schema: { requiredColumns: ['x'], types: { x: 'number' } } });
  assert.deepEqual(
    b.steps.map(({ location, ...rest }) => ({ ...rest, at: `${location?.line}:${location?.column} ${location?.path}` })),
    [
      { kind: 'operation', operation: 'filter', params: { expr: 'd.x > 1' }, at: '30:15 pipelines[0].nodes[1].transform.steps[0]' },
      { kind: 'function', function: 'enrich', params: { factor: 2 }, at: '32:15 pipelines[0].nodes[1].transform.steps[1]' },
    ],
  );
  assert.deepEqual(p.location, { file: 'full.yaml', line: 11, column: 5, path: 'pipelines[0]' });
});

test('step problems from the operation checker land at their full path and position', () => {
  const seen: [string, unknown][] = [];
  const checkStep = (operation: string, params: unknown): StepProblem[] => {
    seen.push([operation, params]);
    return [{ code: 'CONFIG_BAD_EXPRESSION', path: ['params', 'expr'], message: 'expression "process.exit()" is not allowed', hint: 'use column references' }];
  };
  const result = safeLoadProjectFromString(MINIMAL.replace('read: { connection: data, path: orders.csv }', 'transform:\n          steps:\n            - operation: filter\n              params:\n                expr: process.exit()'), { checkStep, file: 'x.yaml' });
  assert.deepEqual(seen, [['filter', { expr: 'process.exit()' }]]);
  assert.ok(!result.ok);
  assert.deepEqual(result.problems, [
    {
      code: 'CONFIG_BAD_EXPRESSION',
      message: 'step 1 of node "raw": expression "process.exit()" is not allowed',
      hint: 'use column references',
      path: 'pipelines[0].nodes[0].transform.steps[0].params.expr',
      file: 'x.yaml',
      line: 12,
      column: 23,
      pipeline: 'main',
      node: 'raw',
      step: 1,
      operation: 'filter',
    },
  ]);
});

test('malformed steps: SQL (a table outside depends_on, an empty sql), both kinds, neither, unknown keys, params not a mapping', () => {
  const steps = ['"SELECT * FROM other"', '{ sql: "" }', '{ operation: filter, function: f }', '{ params: {} }', '{ function: f, parms: {} }', '{ function: f, params: [1] }', '42'];
  const yaml = MINIMAL.replace('read: { connection: data, path: orders.csv }', `transform:\n          steps:\n${steps.map((s) => `            - ${s}`).join('\n')}`);
  const result = safeLoadProjectFromString(yaml, { checkStep: () => [] });
  assert.ok(!result.ok);
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.path, p.line]),
    [
      ['CONFIG_UNKNOWN_DEPENDENCY', 'pipelines[0].nodes[0].transform.steps[0]', 10],
      ['CONFIG_WRONG_TYPE', 'pipelines[0].nodes[0].transform.steps[1].sql', 11],
      ['CONFIG_BAD_VALUE', 'pipelines[0].nodes[0].transform.steps[2]', 12],
      ['CONFIG_MISSING_KEY', 'pipelines[0].nodes[0].transform.steps[3]', 13],
      ['CONFIG_UNKNOWN_KEY', 'pipelines[0].nodes[0].transform.steps[4].parms', 14],
      ['CONFIG_WRONG_TYPE', 'pipelines[0].nodes[0].transform.steps[5].params', 15],
      ['CONFIG_WRONG_TYPE', 'pipelines[0].nodes[0].transform.steps[6]', 16],
    ],
  );
  assert.match(result.problems[0].message, /reads table "other", which is not in depends_on/);
  assert.match(result.problems[1].message, /sql must be a non-empty string/);
  assert.equal(result.problems[4].hint, 'did you mean "params"?');
});

test('not a mapping, an empty document, and missing top-level keys', () => {
  for (const [yaml, code, message] of [
    ['- a\n- b\n', 'CONFIG_WRONG_TYPE', /the project must be a mapping, got a list/],
    ['', 'CONFIG_WRONG_TYPE', /the project must be a mapping, got nothing/],
    ['description: x\n', 'CONFIG_MISSING_KEY', /^project is required/],
  ] as const) {
    const result = safeLoadProjectFromString(yaml);
    assert.ok(!result.ok);
    assert.equal(result.problems[0].code, code);
    assert.match(result.problems[0].message, message);
  }
  const missing = safeLoadProjectFromString('project: x\n');
  assert.ok(!missing.ok);
  assert.deepEqual(missing.problems.map((p) => [p.code, p.path, p.line, p.column]), [['CONFIG_MISSING_KEY', 'pipelines', 1, 1]]);
});

test('other problems: empty pipelines list, a format that cannot be told, an unknown story connection, node names', () => {
  const noPipelines = safeLoadProjectFromString('project: x\npipelines: []\n');
  assert.ok(!noPipelines.ok);
  assert.equal(noPipelines.problems[0].code, 'CONFIG_BAD_VALUE');
  assert.match(noPipelines.problems[0].message, /pipelines needs at least 1 entry/);
  const yaml = MINIMAL.replace('orders.csv', 'orders.dat').replace('name: raw', 'name: "raw,x"').concat('story: { connection: dat }\n');
  const result = safeLoadProjectFromString(yaml);
  assert.ok(!result.ok);
  assert.deepEqual(result.problems.map((p) => p.code), ['CONFIG_BAD_VALUE', 'CONFIG_MISSING_KEY', 'CONFIG_UNKNOWN_CONNECTION']);
  assert.match(result.problems[1].message, /format is required: it cannot be told from "orders.dat"/);
  assert.equal(result.problems[2].hint, 'did you mean "data"?');
  assert.equal(result.problems[2].path, 'story.connection');
});

test('a dependency on a node of another pipeline explains how pipelines share data', () => {
  const yaml = `project: x
connections: { data: { type: memory } }
pipelines:
  - pipeline: bronze
    nodes: [{ name: raw_orders, read: { connection: data, path: a.csv } }]
  - pipeline: silver
    nodes: [{ name: clean, depends_on: [raw_orders], read: { connection: data, path: a.csv } }]
`;
  const result = safeLoadProjectFromString(yaml);
  assert.ok(!result.ok);
  assert.equal(result.problems[0].code, 'CONFIG_UNKNOWN_DEPENDENCY');
  assert.match(result.problems[0].hint ?? '', /node of pipeline "bronze".*depends_on/);
});

test('YAML syntax errors and duplicate keys are CONFIG_YAML_SYNTAX with a position', () => {
  const result = safeLoadProjectFromString('project: a\nproject: b\n', { file: 'dup.yaml' });
  assert.ok(!result.ok);
  assert.deepEqual(result.problems.map((p) => [p.code, p.file, p.line, p.column]), [['CONFIG_YAML_SYNTAX', 'dup.yaml', 2, 1]]);
  assert.match(result.problems[0].message, /unique/);
});

test('loadProjectFromString throws ConfigError CONFIG_INVALID', () => {
  assert.throws(() => loadProjectFromString('project: x\n'), (e: unknown) => e instanceof ConfigError && e.code === 'CONFIG_INVALID' && /pipelines is required/.test(e.message));
});

test('cycles: self, two-node and long, each with its path', () => {
  const node = (name: string, deps: string[]) => `      - { name: ${name}, depends_on: [${deps.join(', ')}], read: { connection: data, path: a.csv } }`;
  const yaml = `project: x
connections: { data: { type: memory } }
pipelines:
  - pipeline: main
    nodes:
${[node('self', ['self']), node('a', ['b']), node('b', ['a']), node('p', ['q']), node('q', ['r']), node('r', ['s']), node('s', ['p'])].join('\n')}
`;
  const result = safeLoadProjectFromString(yaml);
  assert.ok(!result.ok);
  assert.deepEqual(
    result.problems.map((p) => `${p.code} ${p.line}:${p.column} ${p.message}`),
    [
      'GRAPH_CYCLE 6:36 dependency cycle: self -> self',
      'GRAPH_CYCLE 7:33 dependency cycle: a -> b -> a',
      'GRAPH_CYCLE 9:33 dependency cycle: p -> q -> r -> s -> p',
    ],
  );
});

test('top-level x- keys hold anchors; merge keys work', () => {
  const project = loadProjectFromString(`project: x
connections: { data: { type: memory } }
x-retried: &retried
  retry: { max_attempts: 3 }
pipelines:
  - pipeline: p
    nodes:
      - <<: *retried
        name: a
        read: { connection: data, path: a.csv }
`);
  assert.equal(project.pipelines[0].nodes[0].retry.maxAttempts, 3);
  const nested = safeLoadProjectFromString(MINIMAL.replace('      - name: raw', '      - x-note: 1\n        name: raw'));
  assert.ok(!nested.ok);
  assert.equal(nested.problems[0].code, 'CONFIG_UNKNOWN_KEY');
});
