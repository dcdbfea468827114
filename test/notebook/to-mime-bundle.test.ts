import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toMimeBundle } from '../../src/notebook/to-mime-bundle.js';
import { VEGALITE_MIME } from '../../src/notebook/mime-bundle.js';
import { layersChart } from '../../src/viz/layers-chart.js';
import { buildStoryModel } from '../../src/story/build-story-model.js';
import { PipelineResults } from '../../src/results/pipeline-results.js';
import { DependencyGraph } from '../../src/graph/dependency-graph.js';
import { OdibiError, type Problem } from '../../src/errors.js';
import { safeLoadProjectFromString } from '../../src/config/load-project-from-string.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';

const EVIL = '<script>alert(1)</script>';

test('a chart spec: Vega-Lite (v5 MIME), SVG and text in one bundle', async () => {
  const bundle = await toMimeBundle(layersChart([{ name: 'a', dependsOn: [] }], { title: 'T' }));
  assert.deepEqual(Object.keys(bundle).sort(), [VEGALITE_MIME, 'image/svg+xml', 'text/plain'].sort());
  const spec = bundle[VEGALITE_MIME] as Record<string, unknown>;
  assert.equal(spec.$schema, 'https://vega.github.io/schema/vega-lite/v5.json');
  assert.ok(Array.isArray(spec.layer));
  assert.match(bundle['image/svg+xml'] as string, /^<svg/);
  assert.equal(bundle['text/plain'], '[T]');
});

test('results (the class and its JSON): the overview chart and the summary as text', async () => {
  for (const input of [courseExample(), PipelineResults.fromJSON(courseExample())]) {
    const bundle = await toMimeBundle(input);
    assert.ok(bundle[VEGALITE_MIME]);
    const svg = bundle['image/svg+xml'] as string;
    for (const node of ['A', 'B', 'C', 'D', 'E']) assert.match(svg, new RegExp(`>${node}</text>`));
    assert.match(bundle['text/plain'] as string, /^course_example: partial in 41 ms\n2 of 5 nodes succeeded\./);
    assert.match(bundle['text/plain'] as string, /E: skipped \(root cause B\)/);
  }
});

test('a story: HTML with inline charts, Markdown and text', async () => {
  const bundle = await toMimeBundle(buildStoryModel(courseExample()));
  assert.match(bundle['text/html'] as string, /^<div class="odibi-story">/);
  assert.equal(((bundle['text/html'] as string).match(/<svg /g) ?? []).length, 2);
  assert.match(bundle['text/markdown'] as string, /^# course\\_example: partial|^# course_example: partial/);
});

test('an OdibiError: code, location, message and hint, escaped', async () => {
  const error = new OdibiError('CONFIG_UNKNOWN_DEPENDENCY', `node "x" depends on "${EVIL}"`, { file: 'p.yaml', line: 4, column: 7, node: 'x', hint: 'did you mean "raw"?' });
  const bundle = await toMimeBundle(error);
  const page = bundle['text/html'] as string;
  assert.match(page, /<strong>CONFIG_UNKNOWN_DEPENDENCY<\/strong>/);
  assert.match(page, /at p\.yaml:4:7, node x/);
  assert.match(page, /Hint:<\/em> did you mean &quot;raw&quot;\?/);
  assert.doesNotMatch(page, /<script>/);
  assert.equal(bundle['text/plain'], `CONFIG_UNKNOWN_DEPENDENCY at p.yaml:4:7, node x: node "x" depends on "${EVIL}"\nhint: did you mean "raw"?`);
});

test('a plain Error keeps its name and causes', async () => {
  const bundle = await toMimeBundle(new Error('outer', { cause: new TypeError('inner') }));
  assert.match(bundle['text/plain'] as string, /^Error: outer\ncaused by: TypeError: inner$/);
});

test('a list of problems: a table and one line each', async () => {
  const problems: Problem[] = [
    { code: 'CONFIG_MISSING_KEY', message: 'project is required', line: 1, column: 1, hint: 'add the key' },
    { code: 'CONFIG_UNKNOWN_CONNECTION', message: `connection "${EVIL}" is not defined`, severity: 'warning', path: 'pipelines[0]' },
  ];
  const bundle = await toMimeBundle(problems);
  assert.equal((bundle['text/html'] as string).match(/<tr>/g)?.length, 3);
  assert.doesNotMatch(bundle['text/html'] as string, /<script>/);
  assert.equal(bundle['text/plain'], `2 problems\n  1:1 CONFIG_MISSING_KEY project is required (add the key)\n  CONFIG_UNKNOWN_CONNECTION connection "${EVIL}" is not defined`);
});

test('one broken bracket: the first YAML syntax problem and a count of the rest, not a cascade', async () => {
  const yaml = [
    'project: p', 'pipelines:', '  - pipeline: a', '    nodes:', '      - name: orders',
    '        read: { connection: raw, path: orders.csv, format: csv', '      - name: big', '        depends_on: [orders]',
    '        transform:', '          steps:', '            - operation: filter', '              params: { expr: "d => d.quantity >= 3" }', '',
  ].join('\n');
  const loaded = safeLoadProjectFromString(yaml, { file: 'p.yaml' });
  assert.ok('problems' in loaded);
  const syntax = loaded.problems.filter((p) => p.code === 'CONFIG_YAML_SYNTAX');
  assert.ok(syntax.length >= 3, `the parser reports a cascade (${syntax.length})`);
  const bundle = await toMimeBundle(loaded.problems);
  assert.equal((bundle['text/html'] as string).match(/<tr>/g)?.length, 2, 'a header and one problem');
  const lines = (bundle['text/plain'] as string).split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[1]!, new RegExp(`^  p\\.yaml:${syntax[0]!.line}:${syntax[0]!.column} CONFIG_YAML_SYNTAX`));
  assert.equal(lines[2], `  and ${syntax.length - 1} more YAML syntax problems after it, most likely caused by this one: fix it and load again`);
});

test('a graph, a node list, an object holding a graph, a plan: the layers chart', async () => {
  const nodes = [{ name: 'raw', dependsOn: [] }, { name: 'clean', dependsOn: ['raw'] }];
  const inputs = [DependencyGraph.fromNodes(nodes), nodes, { graph: DependencyGraph.fromNodes(nodes) }, { order: ['raw', 'clean'], layers: [['raw'], ['clean']] }];
  for (const input of inputs) {
    const bundle = await toMimeBundle(input);
    assert.ok(bundle[VEGALITE_MIME]);
    assert.match(bundle['image/svg+xml'] as string, />clean<\/text>/);
    assert.equal(bundle['text/plain'], 'graph of 2 nodes in 2 layers');
  }
});

test('anything else is text', async () => {
  assert.deepEqual(await toMimeBundle('hello'), { 'text/plain': 'hello' });
  assert.deepEqual(await toMimeBundle({ a: 1 }), { 'text/plain': '{ a: 1 }' });
});
