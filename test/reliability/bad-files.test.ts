// Bad files fail one node, the same way on both engines, and never change data silently. A shared
// corpus of bad (and awkward but good) files runs as one node each under `engine: arquero` and
// `engine: duckdb`: each gives the expected error code, or the expected table, and the same on both.
// Column names that every JavaScript object has (toString, __proto__...) are refused at read, on
// every format and engine, and in every step that makes columns. A corrupt Parquet file fails its
// node only: the independent node and the next pipeline run, and the results and the story are written.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as aq from 'arquero';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parquetFormat } from '../../src/engine/arquero/formats/parquet-format.js';
import { loadProjectFromString, safeLoadProjectFromString } from '../../src/config/load-project-from-string.js';
import { PipelineManager } from '../../src/manager/pipeline-manager.js';
import type { NodeResult } from '../../src/results/types.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-bad-files-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const data = path.join(tmp, 'data');
mkdirSync(data);

/** What reading a file must give: an error code, or rows (as objects). */
type Expected = { code: string; words: RegExp } | { rows: Record<string, unknown>[] };

const parquet = (columns: Record<string, unknown[]>): Uint8Array =>
  new Uint8Array(parquetWriteBuffer({ columnData: Object.entries(columns).map(([name, values]) => ({ name, data: values, type: 'STRING' as const })) }));

const CORPUS: [file: string, content: string | Uint8Array, expected: Expected][] = [
  // CSV
  ['short-row.csv', 'id,name,amount\n1,a,10\n2,b\n3,c,30\n', { code: 'ENGINE_BAD_DATA', words: /:3: expected 3 fields.*found 2/ }],
  ['long-row.csv', 'id,name,amount\n1,a,10,99\n2,b,20\n', { code: 'ENGINE_BAD_DATA', words: /:2: expected 3 fields.*found 4/ }],
  ['open-quote.csv', 'id,name\n1,"abc\n2,d\n', { code: 'ENGINE_BAD_DATA', words: /:2: a quoted value starts on this line and is never closed/ }],
  ['blank-lines.csv', 'id,name\n1,a\n\n2,b\n\n', { rows: [{ id: 1, name: 'a' }, { id: 2, name: 'b' }] }],
  ['quoted-blank-line.csv', 'id,note\n1,"x\n\ny"\n', { rows: [{ id: 1, note: 'x\n\ny' }] }],
  ['duplicate-header.csv', 'id,id,name\n1,2,a\n', { code: 'ENGINE_BAD_DATA', words: /column "id" appears twice/ }],
  ['bom.csv', '\uFEFFid,name\n1,a\n', { rows: [{ id: 1, name: 'a' }] }],
  ['empty.csv', '', { code: 'ENGINE_BAD_DATA', words: /empty/ }],
  ['to-string.csv', 'id,toString\n1,a\n', { code: 'ENGINE_BAD_DATA', words: /column "toString" is not allowed/ }],
  ['proto.csv', 'id,__proto__\n1,a\n', { code: 'ENGINE_BAD_DATA', words: /column "__proto__" is not allowed/ }],
  ['value-of.csv', 'valueOf,constructor\n1,a\n', { code: 'ENGINE_BAD_DATA', words: /column "valueOf" is not allowed/ }],
  // JSON
  ['truncated.json', '[{"a": 1},', { code: 'ENGINE_BAD_DATA', words: /not valid JSON/ }],
  ['column-arrays.json', '{"id": [1, 2, 3], "x": ["a", "b", "c"]}', { rows: [{ id: 1, x: 'a' }, { id: 2, x: 'b' }, { id: 3, x: 'c' }] }],
  ['uneven-columns.json', '{"a": [1, 2], "b": [1]}', { code: 'ENGINE_BAD_DATA', words: /column "b" has 1 values, "a" has 2/ }],
  ['object-of-scalars.json', '{"a": 1, "b": 2}', { code: 'ENGINE_BAD_DATA', words: /"a" is a number, not a column array/ }],
  ['scalar.json', '42', { code: 'ENGINE_BAD_DATA', words: /holds a number/ }],
  ['array-of-scalars.json', '[1, 2, 3]', { code: 'ENGINE_BAD_DATA', words: /element 0 is a number/ }],
  ['mixed-rows.json', '[{"a": 1}, null]', { code: 'ENGINE_BAD_DATA', words: /element 1 is null/ }],
  ['keys-after-first-row.json', '[{"a": 1}, {"a": 2, "b": "late"}]', { rows: [{ a: 1, b: undefined }, { a: 2, b: 'late' }] }],
  ['deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`, { code: 'ENGINE_BAD_DATA', words: /nested 5000 levels deep; at most 64/ }],
  ['deep-in-a-cell.json', `[{"a": ${'{"b": '.repeat(100)}1${'}'.repeat(100)}}]`, { code: 'ENGINE_BAD_DATA', words: /nested 102 levels deep/ }],
  ['proto-row.json', '[{"__proto__": {"x": 1}, "a": 2}]', { code: 'ENGINE_BAD_DATA', words: /column "__proto__" is not allowed/ }],
  ['has-own-property.json', '{"hasOwnProperty": [1]}', { code: 'ENGINE_BAD_DATA', words: /column "hasOwnProperty" is not allowed/ }],
  ['bom.json', '\uFEFF[{"a": 1}]', { rows: [{ a: 1 }] }],
  // Parquet
  ['to-string.parquet', parquet({ id: ['1'], toString: ['a'] }), { code: 'ENGINE_BAD_DATA', words: /column "toString" is not allowed/ }],
  ['not-parquet.parquet', 'id,name\n1,a\n', { code: 'ENGINE_BAD_DATA', words: /parquet/i }],
];

function writeCorpus(): void {
  for (const [file, content] of CORPUS) writeFileSync(path.join(data, file), content);
  writeFileSync(path.join(data, 'good.csv'), 'id\n1\n');
}

function project(engine: string): string {
  const nodes = CORPUS.map(([file], i) => `      - { name: f${i}, read: { connection: data, path: ${JSON.stringify(file)} } }`);
  return [
    'project: bad_files', `engine: ${engine}`, `connections: { data: { type: local, base_path: ${JSON.stringify(data)} } }`, 'pipelines:',
    '  - pipeline: main', '    nodes:', ...nodes, '      - { name: good, read: { connection: data, path: good.csv } }',
    '  - pipeline: next', '    nodes:', '      - { name: after, read: { connection: data, path: good.csv } }', '',
  ].join('\n');
}

async function runOn(engine: string): Promise<Map<string, NodeResult>> {
  const folder = path.join(tmp, engine);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'project.yaml'), project(engine));
  const run = await runCliCaptured(['run', 'project.yaml', '--json'], folder);
  assert.equal(run.code, 1, run.stderr);
  const record = JSON.parse(run.stdout);
  assert.equal(record.next.status, 'success', 'the next pipeline runs');
  return new Map([...record.main.nodeResults, ...record.next.nodeResults].map((n: NodeResult) => [n.name, n]));
}

test('every file of the corpus gives the expected error or table, the same on both engines; the other nodes run', async () => {
  writeCorpus();
  const engines = { arquero: await runOn('arquero'), duckdb: await runOn('duckdb') };
  for (const [engine, results] of Object.entries(engines)) {
    CORPUS.forEach(([file, , expected], i) => {
      const result = results.get(`f${i}`)!;
      const what = `${engine}: ${file}`;
      if ('code' in expected) {
        assert.equal(result.status, 'failed', `${what} fails`);
        assert.equal(result.error?.code, expected.code, `${what}: ${result.error?.message}`);
        assert.match(result.error!.message, expected.words, what);
        assert.ok(result.error!.message.includes(file), `${what}: the message names the file`);
        assert.ok(result.error!.hint, `${what}: with a hint`);
      } else {
        assert.equal(result.status, 'success', `${what}: ${result.error?.message}`);
        assert.equal(result.rowsOut, expected.rows.length, what);
        assert.deepEqual(Object.keys(result.schema ?? {}).sort(), Object.keys(Object.assign({}, ...expected.rows)).sort(), `${what}: columns`);
      }
    });
    assert.equal(results.get('good')!.status, 'success', `${engine}: the independent node runs`);
    assert.equal(results.get('after')!.status, 'success');
  }
  for (const [name, arquero] of engines.arquero) {
    const duckdb = engines.duckdb.get(name)!;
    assert.deepEqual([duckdb.status, duckdb.error?.code, duckdb.rowsOut], [arquero.status, arquero.error?.code, arquero.rowsOut], `${name}: same answer on both engines`);
  }
});

test('the tables that read are the same on both engines, value for value', async () => {
  const good = CORPUS.map(([file, , expected], i) => ({ file, expected, i })).filter((c) => 'rows' in c.expected);
  for (const engine of ['arquero', 'duckdb']) {
    const yaml = project(engine).replace(/ {6}- \{ name: f(\d+),.*\n/g, (line, i: string) => (good.some((g) => g.i === Number(i)) ? line : ''));
    const manager = await PipelineManager.fromConfig(loadProjectFromString(yaml, { baseDir: tmp }), { storyWriter: false });
    assert.equal((await manager.run('main', { keep: true })).status, 'success');
    const context = manager.get('main').context as unknown as { get(name: string): unknown };
    for (const { file, expected, i } of good) {
      const table = context.get(`f${i}`);
      const rows = (engine === 'arquero' ? (table as aq.ColumnTable) : (table as { arquero: aq.ColumnTable }).arquero).objects();
      const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v === undefined ? null : v))); // a missing value is null on both
      assert.deepEqual(plain(rows), plain((expected as { rows: unknown[] }).rows), `${engine}: ${file}`);
    }
  }
});

test('a corrupt Parquet file written by odibi fails its node only: the next pipeline runs, results and story are written', async () => {
  const n = 200_000;
  const bytes = parquetFormat.encode(aq.table({ id: Array.from({ length: n }, (_, i) => i), s: Array.from({ length: n }, (_, i) => `name-${i % 97}-${i}`) }), {}) as Uint8Array;
  const folder = path.join(tmp, 'corrupt');
  mkdirSync(path.join(folder, 'data'), { recursive: true });
  const files: string[] = [];
  for (let seed = 1; seed <= 6; seed++) {
    const copy = Uint8Array.from(bytes);
    let r = seed * 7919;
    for (let k = 0; k < 6; k++) {
      r = (r * 1103515245 + 12345) % 2147483648;
      copy[1000 + (r % (copy.length - 2000))] ^= 0xff;
    }
    files.push(`bad${seed}.parquet`);
    writeFileSync(path.join(folder, 'data', `bad${seed}.parquet`), copy);
  }
  writeFileSync(path.join(folder, 'data', 'good.csv'), 'id\n1\n');
  const nodes = files.map((f, i) => `      - { name: bad${i + 1}, read: { connection: data, path: ${f} } }`);
  writeFileSync(path.join(folder, 'project.yaml'), ['project: corrupt', 'connections: { data: { type: local, base_path: data } }', 'pipelines:', '  - pipeline: first', '    nodes:', ...nodes,
    '      - { name: good, read: { connection: data, path: good.csv } }', '  - pipeline: second', '    nodes:', '      - { name: later, read: { connection: data, path: good.csv } }', ''].join('\n'));
  const leaks: unknown[] = [];
  const leak = (error: unknown): void => void leaks.push(error);
  process.on('unhandledRejection', leak);
  try {
    const run = await runCliCaptured(['run', 'project.yaml', '--json'], folder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(run.code, 1);
    const record = JSON.parse(run.stdout);
    for (let i = 1; i <= files.length; i++) {
      const node = record.first.nodeResults.find((r: NodeResult) => r.name === `bad${i}`);
      assert.equal(node.status, 'failed');
      assert.match(node.error.code, /^ENGINE_(BAD_DATA|READ)$/, node.error.message);
    }
    assert.deepEqual(record.first.completed, ['good']);
    assert.equal(record.second.status, 'success');
    assert.ok(readdirSync(path.join(folder, 'stories')).some((f) => f.startsWith('first_')), 'the story of the failed pipeline is written');
    assert.deepEqual(leaks, [], 'no error escaped the run');
  } finally {
    process.off('unhandledRejection', leak);
  }
});

test('a step cannot make a column every JavaScript object has: derive, rename, aggregate at load; pivot, SQL and functions at run time, on both engines', async () => {
  const steps = [
    ['derive', '{ operation: derive, params: { columns: { toString: "d => d.id" } } }'],
    ['rename', '{ operation: rename, params: { columns: { id: __proto__ } } }'],
    ['aggregate', '{ operation: aggregate, params: { aggregates: { valueOf: "d => op.sum(d.id)" } } }'],
  ];
  for (const [name, step] of steps) {
    const result = safeLoadProjectFromString(`project: p\nconnections: { m: { type: memory } }\npipelines:\n  - pipeline: q\n    nodes:\n      - name: a\n        read: { connection: m, path: x, format: json }\n        transform: { steps: [${step}] }\n`, { file: 'p.yaml' });
    assert.equal(result.ok, false, name);
    const problem = !result.ok ? result.problems[0]! : undefined;
    assert.equal(problem?.code, 'CONFIG_BAD_PARAMS', name);
    assert.match(problem!.message, /is not allowed: rename the column/, name);
    assert.equal(problem!.line, 8, name);
  }
  writeFileSync(path.join(data, 'words.csv'), 'id,word\n1,toString\n2,b\n');
  const runtime = [
    ['pivot', '{ operation: pivot, params: { group_by: [id], key: word, value: "d => op.count()" } }'],
    ['sql', '"SELECT id AS \\"constructor\\" FROM current"'],
  ];
  for (const engine of ['arquero', 'duckdb']) {
    for (const [name, step] of runtime) {
      const config = loadProjectFromString(`project: p\nengine: ${engine}\nconnections: { data: { type: local, base_path: ${JSON.stringify(data)} } }\npipelines:\n  - pipeline: q\n    nodes:\n      - name: a\n        read: { connection: data, path: words.csv }\n        transform: { steps: [${step}] }\n`);
      const results = await (await PipelineManager.fromConfig(config, { storyWriter: false })).run('q');
      const node = results.node('a');
      assert.equal(node.status, 'failed', `${engine} ${name}`);
      assert.equal(node.error?.code, 'ENGINE_BAD_DATA', `${engine} ${name}: ${node.error?.message}`);
      assert.match(node.error!.message, /column "(toString|constructor)" is not allowed/, `${engine} ${name}`);
    }
  }
});
