// Configuration edge cases get located errors from `odibi validate`, never "unexpected error": a mapping
// with 100,000 keys is checked correctly (in linear time: its time is a row of benchmark 1, not a figure
// here), an alias bomb, a non-string base_path and an unknown engine are reported at their line, and input
// echoed in a message is cut to a readable length.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { manyKeysProject } from '../../bench/generate/many-keys-project.js';
import { safeLoadProjectFromString } from '../../src/config/load-project-from-string.js';
import { hasStackTrace, runCliCaptured } from '../helpers/run-cli-captured.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-config-edges-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

async function validate(name: string, yaml: string): Promise<string[]> {
  writeFileSync(path.join(tmp, name), yaml);
  const run = await runCliCaptured(['validate', name], tmp);
  assert.equal(run.code, 1, run.stdout);
  assert.ok(!hasStackTrace(run.stdout + run.stderr) && !/unexpected/i.test(run.stdout + run.stderr), run.stdout + run.stderr);
  return run.stdout.trimEnd().split('\n');
}

test('100,000 keys in one mapping are all read; a key written twice among them is found at its line', () => {
  const loaded = safeLoadProjectFromString(manyKeysProject(100_000));
  assert.equal(loaded.ok, true);
  const options = loaded.ok ? loaded.project.pipelines[0]!.nodes[0]!.read!.options : {};
  assert.equal(Object.keys(options).length, 100_000);
  assert.deepEqual([options.k0, options.k54321, options.k99999], [0, 54321, 99999]);
  const repeated = safeLoadProjectFromString(manyKeysProject(100_000, 7), { file: 'keys.yaml' });
  assert.equal(repeated.ok, false);
  const problems = repeated.ok ? [] : repeated.problems;
  assert.deepEqual(problems.map((p) => [p.code, p.line, p.column]), [['CONFIG_YAML_SYNTAX', 100_012, 13]]);
  assert.match(problems[0]!.message, /keys must be unique; "k7" is repeated/);
});

test('keys repeated in nested and flow mappings are each reported; the same key in two mappings is fine', () => {
  const result = safeLoadProjectFromString('project: p\nconnections: { a: { type: memory }, a: { type: memory } }\npipelines:\n  - pipeline: q\n    pipeline: r\n    nodes: [{ name: n, read: { connection: a, path: x, format: json } }]\n');
  const problems = result.ok ? [] : result.problems;
  assert.deepEqual(problems.map((p) => [p.code, p.line]), [['CONFIG_YAML_SYNTAX', 2], ['CONFIG_YAML_SYNTAX', 5]]);
});

test('an alias bomb is a located YAML error, found at once', async () => {
  const lines = ['project: bomb', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  const [line, ...rest] = await validate('bomb.yaml', `${lines.join('\n')}\n`);
  assert.deepEqual(rest, []);
  assert.match(line!, /^bomb\.yaml:3:10 CONFIG_YAML_SYNTAX YAML syntax error: aliases \(\*name\) expand to more than 1000 copies/);
  const nested = safeLoadProjectFromString('project: p\nx: &x [1, 2]\ny: [*x, *x]\n');
  assert.equal(nested.ok, false, 'a few aliases are fine: here the unknown keys are the problem');
  assert.ok(nested.ok || !nested.problems.some((p) => p.code === 'CONFIG_YAML_SYNTAX'));
});

test('a base_path that is not a folder name is a located error, never the project folder in disguise', async () => {
  for (const [value, shown] of [['7', 'got 7'], ['[data]', 'got a list'], ['""', 'got ""'], ['true', 'got true']]) {
    const lines = await validate('base.yaml', `project: p\nconnections:\n  data: { type: local, base_path: ${value} }\npipelines:\n  - pipeline: q\n    nodes:\n      - { name: n, read: { connection: data, path: x.csv } }\n`);
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.ok(lines[0]!.startsWith('base.yaml:3:35 CONFIG_WRONG_TYPE connections.data.base_path must be a folder'), lines[0]);
    assert.ok(lines[0]!.includes(shown), `${lines[0]} says ${shown}`);
  }
});

test('an unknown engine, for the project or a pipeline, is a located error with a did-you-mean', async () => {
  const lines = await validate('engine.yaml', 'project: p\nengine: spark\nconnections: { m: { type: memory } }\npipelines:\n  - pipeline: q\n    engine: duckbd\n    nodes:\n      - { name: n, read: { connection: m, path: x, format: json } }\n');
  assert.deepEqual(lines.map((l) => l.split(' ').slice(0, 2).join(' ')), ['engine.yaml:2:9 ENGINE_UNKNOWN', 'engine.yaml:6:13 ENGINE_UNKNOWN']);
  assert.match(lines[0]!, /engine "spark" is not registered; registered: arquero, duckdb/);
  assert.match(lines[1]!, /did you mean "duckdb"\?/);
});

test('input echoed in a message is cut to a readable length: a 1 MB expression and value, a long key', async () => {
  const huge = `d => ${'d.amount + '.repeat(90_000)}process.exit()`;
  const key = 'k'.repeat(1000); // YAML keys stop at 1024 characters
  const lines = await validate('huge.yaml', [
    'project: p', 'connections: { m: { type: memory } }', 'pipelines:', '  - pipeline: q', `    strategy: ${'s'.repeat(1_000_000)}`, '    nodes:',
    '      - name: n', '        read: { connection: m, path: x, format: json }', `        ${key}: 1`,
    `        transform: { steps: [{ operation: filter, params: { expr: ${JSON.stringify(huge)} } }] }`, '',
  ].join('\n'));
  assert.equal(lines.length, 3, lines.map((l) => l.slice(0, 120)).join('\n'));
  for (const line of lines) {
    assert.ok(line.length < 600, `${line.length} characters: ${line.slice(0, 200)}`);
    assert.match(line, /… \(\d{4,7} characters\)/);
  }
});
