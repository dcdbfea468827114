import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadProjectFromString, safeLoadProjectFromString } from '../../src/config/load-project-from-string.js';
import { queueSettings } from '../../src/executor/queue/queue-settings.js';

const project = (executor: string, connections = '  data: { type: local, base_path: data }'): string => `project: demo
connections:
${connections}
executor: ${executor}
pipelines:
  - pipeline: main
    nodes:
      - { name: raw, read: { connection: data, path: orders.csv } }
`;

test('executor: queue with defaults, relative staging resolved against the project folder; in_process as written', () => {
  const queued = loadProjectFromString(project('{ type: queue }'), { baseDir: '/srv/demo' });
  assert.deepEqual(queued.executor, { type: 'queue', queue: 'odibi', lostAfterMs: 10_000, staging: { path: '/srv/demo/.odibi/staging', format: 'parquet' } });
  const written = loadProjectFromString(project("{ type: queue, redis: 'redis://cache:6380', queue: nightly, staging: { connection: data, path: stage, format: arrow }, lost_after_ms: 2000 }"), { baseDir: '/srv/demo' });
  assert.deepEqual(written.executor, { type: 'queue', redis: 'redis://cache:6380', queue: 'nightly', lostAfterMs: 2000, staging: { connection: 'data', path: 'stage', format: 'arrow' } });
  assert.deepEqual(loadProjectFromString(project('{ type: in_process }')).executor, { type: 'in_process' });
  assert.equal(loadProjectFromString(project('{ type: in_process }').replace(/executor:.*\n/, '')).executor, undefined);
});

test('executor problems are located: bad type, queue name, unknown staging connection, memory connections under the queue', () => {
  const result = safeLoadProjectFromString(project('{ type: queued, queue: "a:b", lost_after_ms: 10 }'), { file: 'p.yaml' });
  assert.equal(result.ok, false);
  const lines = result.ok ? [] : result.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.path}`);
  assert.deepEqual(lines, ['4:19 CONFIG_BAD_ENUM executor.type', '4:34 CONFIG_BAD_VALUE executor.queue', '4:56 CONFIG_BAD_VALUE executor.lost_after_ms']);
  const crossed = safeLoadProjectFromString(project('{ type: queue, staging: { connection: dat } }', '  data: { type: local, base_path: data }\n  mem: { type: memory }'), { file: 'p.yaml' });
  const problems = crossed.ok ? [] : crossed.problems;
  assert.deepEqual(problems.map((p) => `${p.code} ${p.path}`), ['CONFIG_BAD_VALUE connections.mem.type', 'CONFIG_UNKNOWN_CONNECTION executor.staging.connection']);
  assert.match(problems[0]!.message, /type memory, which lives in one process/);
  assert.match(problems[1]!.hint!, /did you mean "data"/);
});

test('the command line settles the queue over the project; without executor: the defaults', () => {
  const plain = loadProjectFromString(project('{ type: in_process }'), { baseDir: '/srv/demo' });
  assert.deepEqual(queueSettings(plain, { redis: 'redis://h:1', queue: 'q' }), {
    type: 'queue', redis: 'redis://h:1', queue: 'q', lostAfterMs: 10_000, staging: { path: '/srv/demo/.odibi/staging', format: 'parquet' },
  });
  assert.throws(() => queueSettings(plain, { queue: 'a:b' }), /not a usable queue name/);
});
