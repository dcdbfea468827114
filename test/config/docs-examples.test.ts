// The examples in docs/config.md are real: every YAML block loads, and the
// printed outputs are what the CLI prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { safeLoadProjectFromString } from '../../src/config/load-project-from-string.js';
import { safeParseProjectObject } from '../../src/config/parse-project-object.js';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../cli/capture-io.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOC = readFileSync(join(ROOT, 'docs/config.md'), 'utf8');
const blocks = (lang: string) => [...DOC.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
const NODE_KEYS = ['read', 'transform', 'write', 'validation', 'cache', 'retry', 'timeout_ms'];

function base(): any {
  const connections = Object.fromEntries(['raw', 'lake', 'data', 'scratch'].map((n) => [n, { type: 'local', base_path: '.' }]));
  return { project: 'doc', connections, pipelines: [{ pipeline: 'p', nodes: [{ name: 'n', read: { connection: 'raw', path: 'a.csv' } }] }] };
}

test('the complete project in docs/config.md loads', () => {
  const full = blocks('yaml').filter((b) => b.startsWith('project:') && b.includes('pipelines:'));
  assert.equal(full.length, 1);
  const result = safeLoadProjectFromString(full[0], { baseDir: '/docs' });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
});

test('every YAML fragment in docs/config.md is valid where it belongs', () => {
  const fragments = blocks('yaml').filter((b) => !b.includes('pipelines:\n  - pipeline: bronze\n    layer'));
  assert.ok(fragments.length >= 10);
  for (const fragment of fragments) {
    const value = parse(fragment, { merge: true }) as Record<string, unknown>;
    const project = base();
    const isNode = Object.keys(value).every((k) => NODE_KEYS.includes(k)) && !('pipelines' in value);
    if (isNode) Object.assign(project.pipelines[0].nodes[0], value);
    else Object.assign(project, value);
    const result = safeParseProjectObject(project);
    assert.ok(result.ok, `${fragment}\n${JSON.stringify(!result.ok && result.problems, null, 1)}`);
  }
});

test('the plan and validate outputs shown are what the CLI prints', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'odibi-docs-'));
  try {
    const full = blocks('yaml').find((b) => b.startsWith('project:') && b.includes('pipelines:'))!;
    writeFileSync(join(dir, 'project.yaml'), full);
    const texts = blocks('text');
    const plan = captureIo(dir);
    assert.equal(await runCli(['plan', 'project.yaml'], plan), 0);
    assert.equal(texts.find((t) => t.startsWith('$ odibi plan')), `$ odibi plan project.yaml\n${plan.out()}`);
    const validate = captureIo(join(ROOT, 'test/fixtures/config'));
    assert.equal(await runCli(['validate', 'five-problems.yaml'], validate), 1);
    assert.equal(texts.find((t) => t.startsWith('$ odibi validate')), `$ odibi validate five-problems.yaml\n${validate.out()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the defaults table states the values of DEFAULTS', async () => {
  const { DEFAULTS } = await import('../../src/config/types.js');
  const table = DOC.slice(DOC.indexOf('## Defaults'), DOC.indexOf('## project,'));
  for (const text of [`\`${DEFAULTS.engine}\``, `\`${DEFAULTS.strategy}\``, `\`${DEFAULTS.maxConcurrency}\``, `\`${DEFAULTS.onError}\``, `\`max_attempts: ${DEFAULTS.retry.maxAttempts}\``, `\`${DEFAULTS.story.maxSampleRows}\``, '`[md, html, json]`', '`stories/`']) {
    assert.ok(table.includes(text), text);
  }
});

test('the README section: its project loads and plans into the course layers', async () => {
  const readme = readFileSync(join(ROOT, 'docs/readme/10-config.md'), 'utf8');
  const yaml = readme.match(/```yaml\n([\s\S]*?)```/)![1];
  const result = safeLoadProjectFromString(yaml, { baseDir: '/readme' });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  const { planProject } = await import('../../src/config/plan-project.js');
  assert.deepEqual(planProject(result.project).customers.layers, [['raw_customers', 'raw_orders'], ['clean_customers', 'clean_orders'], ['customer_orders']]);
  const { DependencyGraph } = await import('../../src/graph/dependency-graph.js');
  const graph = DependencyGraph.fromNodes([
    { name: 'raw_customers', dependsOn: [] },
    { name: 'raw_orders', dependsOn: [] },
    { name: 'clean_customers', dependsOn: ['raw_customers'] },
    { name: 'clean_orders', dependsOn: ['raw_orders'], tags: ['orders'] },
    { name: 'customer_orders', dependsOn: ['clean_customers', 'clean_orders'] },
  ]);
  assert.ok(readme.includes('totalMs: 170'));
  assert.equal(graph.criticalPath({ raw_orders: 120, clean_orders: 40, customer_orders: 10 }).totalMs, 170);
  assert.deepEqual(graph.select('+clean_orders, customer_orders+, tag:orders'), ['raw_orders', 'clean_orders', 'customer_orders']);
});
