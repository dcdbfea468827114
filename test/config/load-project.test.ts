import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject, safeLoadProject } from '../../src/config/load-project.js';
import { ConfigError } from '../../src/config/config-error.js';
import { OdibiError } from '../../src/errors.js';
import type { ErrorCode } from '../../src/error-codes.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/config');
const fixture = (name: string) => join(FIXTURES, name);

interface Expected {
  file: string;
  code: ErrorCode;
  line: number;
  column: number;
  path: string;
  message: RegExp;
  hint: RegExp;
}

// One malformed project per problem kind: the problem's code, where it is, and the hint.
const CASES: Expected[] = [
  { file: 'yaml-syntax.yaml', code: 'CONFIG_YAML_SYNTAX', line: 5, column: 7, path: '', message: /YAML syntax error/, hint: /indentation/ },
  { file: 'unknown-key.yaml', code: 'CONFIG_UNKNOWN_KEY', line: 9, column: 9, path: 'pipelines[0].nodes[0].dependson', message: /unknown key "dependson"/, hint: /did you mean "depends_on"\?/ },
  { file: 'wrong-type.yaml', code: 'CONFIG_WRONG_TYPE', line: 6, column: 22, path: 'pipelines[0].max_concurrency', message: /must be a number, got "four"/, hint: /a number/ },
  { file: 'missing-key.yaml', code: 'CONFIG_MISSING_KEY', line: 7, column: 9, path: 'pipelines[0].nodes[0].name', message: /name is required/, hint: /add "name:"/ },
  { file: 'bad-enum.yaml', code: 'CONFIG_BAD_ENUM', line: 6, column: 15, path: 'pipelines[0].on_error', message: /must be one of fail_later, fail_fast, got "stop"/, hint: /allowed: fail_later, fail_fast/ },
  { file: 'unknown-connection.yaml', code: 'CONFIG_UNKNOWN_CONNECTION', line: 8, column: 29, path: 'pipelines[0].nodes[0].read.connection', message: /connection "warehose" is not defined/, hint: /did you mean "warehouse"\?/ },
  { file: 'unknown-connection-type.yaml', code: 'CONFIG_UNKNOWN_CONNECTION_TYPE', line: 3, column: 17, path: 'connections.data.type', message: /type "locl" is not registered; registered: local, memory/, hint: /did you mean "local"\?/ },
  { file: 'unknown-dependency.yaml', code: 'CONFIG_UNKNOWN_DEPENDENCY', line: 10, column: 34, path: 'pipelines[0].nodes[1].depends_on[1]', message: /"clean_orders" depends on "raw_ordres"/, hint: /did you mean "raw_orders"\?/ },
  { file: 'duplicate-node.yaml', code: 'CONFIG_DUPLICATE_NODE', line: 9, column: 15, path: 'pipelines[0].nodes[1].name', message: /"raw" is used more than once in pipeline "main"/, hint: /unique name/ },
  { file: 'duplicate-pipeline.yaml', code: 'CONFIG_DUPLICATE_PIPELINE', line: 9, column: 15, path: 'pipelines[1].pipeline', message: /pipeline name "main" is used more than once/, hint: /unique name/ },
  { file: 'empty-node.yaml', code: 'CONFIG_EMPTY_NODE', line: 9, column: 9, path: 'pipelines[0].nodes[1]', message: /node "idle" has nothing to do/, hint: /read, transform or write/ },
  { file: 'unknown-operation.yaml', code: 'CONFIG_UNKNOWN_OPERATION', line: 11, column: 26, path: 'pipelines[0].nodes[0].transform.steps[0].operation', message: /step 1 of node "raw": unknown operation "filtr"/, hint: /did you mean "filter"\?/ },
  { file: 'unknown-format.yaml', code: 'CONFIG_UNKNOWN_FORMAT', line: 8, column: 57, path: 'pipelines[0].nodes[0].read.format', message: /unknown format "excel"/, hint: /csv, json, arrow, parquet/ },
  { file: 'bad-params.yaml', code: 'CONFIG_BAD_PARAMS', line: 12, column: 23, path: 'pipelines[0].nodes[0].transform.steps[0].params.expr', message: /step 1 of node "raw": .*expr/, hint: /filter/ },
  { file: 'node-cycle.yaml', code: 'GRAPH_CYCLE', line: 8, column: 22, path: 'pipelines[0].nodes[0].depends_on[0]', message: /dependency cycle: a -> c -> b -> a/, hint: /remove one of the dependencies/ },
  { file: 'pipeline-cycle.yaml', code: 'GRAPH_PIPELINE_CYCLE', line: 6, column: 18, path: 'pipelines[0].depends_on[0]', message: /pipeline dependency cycle: bronze -> gold -> silver -> bronze/, hint: /remove one of the pipeline dependencies/ },
  { file: 'unknown-pipeline-dependency.yaml', code: 'CONFIG_UNKNOWN_PIPELINE_DEPENDENCY', line: 10, column: 18, path: 'pipelines[1].depends_on[0]', message: /pipeline "silver" depends on "bronz"/, hint: /did you mean "bronze"\?/ },
  { file: 'reserved-name.yaml', code: 'CONFIG_RESERVED_NAME', line: 7, column: 15, path: 'pipelines[0].nodes[0].name', message: /"current" is reserved/, hint: /rename the node/ },
  { file: 'sql-step.yaml', code: 'CONFIG_UNKNOWN_DEPENDENCY', line: 11, column: 15, path: 'pipelines[0].nodes[0].transform.steps[0]', message: /reads table "raw", which is not in depends_on/, hint: /add "raw" to depends_on/ },
];

for (const c of CASES) {
  test(`${c.file}: ${c.code} at ${c.line}:${c.column}`, () => {
    const result = safeLoadProject(fixture(c.file));
    assert.equal(result.ok, false);
    if (result.ok) return;
    const [first] = result.problems;
    assert.equal(first.code, c.code, JSON.stringify(result.problems, null, 1));
    assert.equal(first.line, c.line);
    assert.equal(first.column, c.column);
    assert.equal(first.path, c.path);
    assert.equal(first.file, fixture(c.file));
    assert.match(first.message, c.message);
    assert.match(first.hint ?? '', c.hint);
  });
}

test('a project with five problems reports all five, in file order', () => {
  const result = safeLoadProject(fixture('five-problems.yaml'));
  assert.ok(!result.ok);
  assert.deepEqual(
    result.problems.map((p) => `${p.line}:${p.column} ${p.code}`),
    ['7:15 CONFIG_BAD_ENUM', '10:29 CONFIG_UNKNOWN_CONNECTION', '12:22 CONFIG_UNKNOWN_DEPENDENCY', '18:9 CONFIG_UNKNOWN_KEY', '20:16 CONFIG_WRONG_TYPE'],
  );
});

test('loadProject throws one ConfigError listing every problem, one per line', () => {
  assert.throws(
    () => loadProject(fixture('five-problems.yaml')),
    (e: unknown) => {
      assert.ok(e instanceof ConfigError && e instanceof OdibiError);
      assert.equal(e.code, 'CONFIG_INVALID');
      assert.equal(e.problems.length, 5);
      const lines = e.message.split('\n');
      assert.match(lines[0], /has 5 problems/);
      assert.equal(lines.length, 6);
      assert.match(lines[2], /five-problems\.yaml:10:29 CONFIG_UNKNOWN_CONNECTION connection "dta" is not defined \(did you mean "data"\?\)/);
      return true;
    },
  );
});

test('a missing file is CONFIG_FILE_NOT_FOUND; a folder is CONFIG_FILE_UNREADABLE', () => {
  const missing = safeLoadProject('no/such/project.yaml');
  assert.ok(!missing.ok);
  assert.equal(missing.problems[0].code, 'CONFIG_FILE_NOT_FOUND');
  assert.match(missing.problems[0].message, /no\/such\/project\.yaml does not exist/);
  const folder = safeLoadProject(FIXTURES);
  assert.ok(!folder.ok);
  assert.equal(folder.problems[0].code, 'CONFIG_FILE_UNREADABLE');
});

test('the course project loads, and relative paths resolve against its folder', () => {
  const project = loadProject(fixture('course-layers.yaml'));
  assert.equal(project.file, fixture('course-layers.yaml'));
  assert.equal(project.baseDir, FIXTURES);
  assert.equal(project.connections.data.options.base_path, join(FIXTURES, 'data'));
  assert.equal(project.story.path, join(FIXTURES, 'stories'));
  assert.deepEqual(project.pipelines[0].nodes.map((n) => n.name), ['raw_customers', 'raw_orders', 'clean_customers', 'clean_orders', 'customer_orders']);
  assert.deepEqual(project.pipelines[0].nodes[4].location, { file: fixture('course-layers.yaml'), line: 28, column: 9, path: 'pipelines[0].nodes[4]' });
});

test('the same project loads the same from another working folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'odibi-config-'));
  mkdirSync(join(dir, 'sub'));
  const file = join(dir, 'sub', 'project.yaml');
  writeFileSync(file, readFileSync(fixture('course-layers.yaml'), 'utf8').replace('./data', '../shared').concat('functions: [./fns.ts]\nstory: { path: out }\n'));
  const project = loadProject(file);
  assert.equal(project.connections.data.options.base_path, join(dir, 'shared'));
  assert.deepEqual(project.functions, [join(dir, 'sub', 'fns.ts')]);
  assert.equal(project.story.path, join(dir, 'sub', 'out'));
  rmSync(dir, { recursive: true, force: true });
});
