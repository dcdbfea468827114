// SQL steps stay contained, on both engines: a step's SQL is one query that reads only the tables it
// can see. Every way out that DuckDB offers (table functions that read files or the network, a file
// named as a table, another schema's table, statements that write, attach, export, install or change
// settings, a second statement) is reported by `odibi validate` at the step's file:line:column, and
// refused at run time with ENGINE_SQL_REFUSED, while the other nodes run and nothing is written.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NodeResult } from '../../src/results/types.js';
import { runCliCaptured, hasStackTrace } from '../helpers/run-cli-captured.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-sql-sandbox-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const data = path.join(tmp, 'data');
mkdirSync(data);
writeFileSync(path.join(data, 'in.csv'), 'id,name\n1,a\n2,b\n');
/** Files an attack would create, outside the project (`out`) and inside its own connection (`data`). */
const out = path.join(tmp, 'outside');
mkdirSync(out);

/** Each attack: its SQL, and the refused thing the message names. */
const ATTACKS: [string, string][] = [
  // table functions that read files, globs or URLs
  ["SELECT * FROM read_csv('/etc/passwd', header=false, delim=':')", 'table function read_csv'],
  ["SELECT * FROM read_csv_auto('/etc/passwd')", 'table function read_csv_auto'],
  ["SELECT * FROM read_text('/etc/hostname')", 'table function read_text'],
  ["SELECT * FROM read_blob('/etc/hostname')", 'table function read_blob'],
  ["SELECT * FROM glob('/etc/*')", 'table function glob'],
  [`SELECT * FROM read_parquet('${data}/x.parquet')`, 'table function read_parquet'],
  ["SELECT * FROM read_json('/etc/x.json')", 'table function read_json'],
  ["SELECT * FROM parquet_metadata('/etc/x.parquet')", 'table function parquet_metadata'],
  ["SELECT * FROM sniff_csv('/etc/passwd')", 'table function sniff_csv'],
  ["SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')", 'table function read_csv'],
  ["SELECT * FROM query('SELECT 1')", 'table function query'],
  ['SELECT * FROM duckdb_settings()', 'table function duckdb_settings'],
  // the same, hidden in a WITH, a subquery, a join
  ["WITH x AS (SELECT * FROM read_text('/etc/hostname')) SELECT * FROM x", 'table function read_text'],
  ["SELECT (SELECT count(*) FROM glob('/*')) AS n FROM raw", 'table function glob'],
  ["SELECT * FROM raw JOIN read_csv('/etc/passwd') p ON true", 'table function read_csv'],
  // a file (inside or outside the project) or another schema named as a table
  ["SELECT * FROM '/etc/passwd'", 'table "/etc/passwd"'],
  [`SELECT * FROM '${data}/in.csv'`, `table "${data}/in.csv"`],
  ['SELECT * FROM "in.csv"', 'table "in.csv"'],
  ['SELECT * FROM main.t1', 'table "main.t1"'],
  ['SELECT * FROM information_schema.tables', 'table "information_schema.tables"'],
  ["SUMMARIZE '/etc/passwd'", 'table "/etc/passwd"'],
  // statements other than one query
  [`COPY (SELECT 42) TO '${out}/copy.csv'`, 'COPY statement'],
  [`COPY raw TO '${data}/leak.csv'`, 'COPY statement'],
  [`ATTACH '${out}/x.db'`, 'ATTACH statement'],
  [`EXPORT DATABASE '${out}/export'`, 'EXPORT statement'],
  ['INSTALL httpfs', 'INSTALL statement'],
  ['LOAD httpfs', 'LOAD statement'],
  ['SET enable_external_access = true', 'SET statement'],
  ['PRAGMA enable_profiling', 'PRAGMA statement'],
  ['CREATE TABLE stolen AS SELECT * FROM raw', 'CREATE statement'],
  ['CALL duckdb_settings()', 'CALL statement'],
  [`SELECT * FROM raw; COPY (SELECT 42) TO '${out}/second.csv'`, '2 statements'],
  ['SELECT 1; SELECT 2', '2 statements'],
];

/** Queries that must keep working: generated rows, WITH (recursive too), VALUES, PIVOT with its values, UNPIVOT. */
const ALLOWED: [string, number][] = [
  ['SELECT * FROM range(5)', 5],
  ['SELECT id * 2 AS id2 FROM raw', 2],
  ['WITH x AS (SELECT * FROM raw WHERE id > 1) SELECT * FROM x', 1],
  ['WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 4) SELECT * FROM r', 4],
  ['SELECT * FROM (VALUES (1), (2), (3)) v(x)', 3],
  ["PIVOT raw ON name IN ('a', 'b') USING count(*)", 2],
  ['UNPIVOT raw ON name INTO NAME k VALUE v', 2],
  ['SELECT * FROM current', 2],
];

/** The project: node `raw` reads the CSV, `a<i>` runs attack i, `ok<i>` allowed query i. Returns the line of each step. */
function writeProject(engine: string): Map<string, number> {
  const lines = ['project: sandbox', `engine: ${engine}`, 'connections:', '  data: { type: local, base_path: data }', 'pipelines:', '  - pipeline: main', '    nodes:'];
  lines.push('      - name: raw', '        read: { connection: data, path: in.csv }');
  const stepLines = new Map<string, number>();
  const add = (name: string, sql: string): void => {
    lines.push(`      - name: ${name}`, '        depends_on: [raw]', '        transform:', '          steps:');
    stepLines.set(name, lines.length + 1);
    lines.push(`            - sql: ${JSON.stringify(sql)}`);
  };
  ATTACKS.forEach(([sql], i) => add(`a${i}`, sql));
  ALLOWED.forEach(([sql], i) => add(`ok${i}`, sql));
  writeFileSync(path.join(tmp, `${engine}.yaml`), `${lines.join('\n')}\n`);
  return stepLines;
}

test('odibi validate reports every attack at its step, with ENGINE_SQL_REFUSED, what is refused and a hint', async () => {
  const stepLines = writeProject('arquero');
  const run = await runCliCaptured(['validate', 'arquero.yaml'], tmp);
  assert.equal(run.code, 1);
  const problems = run.stdout.trimEnd().split('\n');
  assert.equal(problems.length, ATTACKS.length, run.stdout);
  ATTACKS.forEach(([sql, what], i) => {
    const line = problems.find((p) => p.includes(`node "a${i}"`));
    assert.ok(line, `attack ${i} reported: ${sql}`);
    assert.ok(line.startsWith(`arquero.yaml:${stepLines.get(`a${i}`)}:15 ENGINE_SQL_REFUSED `), line);
    assert.ok(line.includes(`refused ${what}`), `${line} names ${what}`);
    assert.match(line, /\(.+\)$/, 'with a hint');
  });
  assert.ok(!hasStackTrace(run.stdout + run.stderr));
});

for (const engine of ['arquero', 'duckdb']) {
  test(`engine ${engine}: every attack fails its node with ENGINE_SQL_REFUSED at run time; the allowed queries and the other nodes run; nothing is written`, async () => {
    writeProject(engine);
    const run = await runCliCaptured(['run', `${engine}.yaml`, '--json'], tmp);
    assert.equal(run.code, 1);
    const nodes = JSON.parse(run.stdout).main.nodeResults as NodeResult[];
    const byName = new Map(nodes.map((n) => [n.name, n]));
    ATTACKS.forEach(([sql, what], i) => {
      const result = byName.get(`a${i}`)!;
      assert.equal(result.status, 'failed', sql);
      assert.equal(result.error?.code, 'ENGINE_SQL_REFUSED', `${sql}: ${result.error?.message}`);
      assert.ok(result.error!.message.includes(`refused ${what}`) && result.error!.message.includes(`node "a${i}", step 1 (sql)`), result.error!.message);
    });
    ALLOWED.forEach(([sql, rows], i) => {
      const result = byName.get(`ok${i}`)!;
      assert.equal(result.status, 'success', `${sql}: ${result.error?.message}`);
      assert.equal(result.rowsOut, rows, sql);
    });
    assert.equal(byName.get('raw')!.status, 'success');
    assert.deepEqual(readdirSync(out), [], 'nothing written outside the project');
    assert.deepEqual(readdirSync(data).sort(), ['in.csv'], 'nothing written into the project');
    assert.equal(existsSync(path.join(tmp, 'stolen')), false);
  });
}
