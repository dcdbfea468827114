import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseProjectObject } from '../../src/config/parse-project-object.js';
import { createConnections } from '../../src/connections/connection-registry.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';

test('validate() collects environment problems as data, without throwing', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'odibi-validate-'));
  try {
    writeFileSync(path.join(dir, 'orders.csv'), 'order_id,amount\n1,5\n');
    const project = parseProjectObject({
      project: 'v',
      connections: { files: { type: 'local', base_path: '.' }, lake: { type: 'local', base_path: 'lake' } },
      story: { auto_generate: false },
      pipelines: [
        { pipeline: 'ingest', nodes: [{ name: 'copy', read: { connection: 'files', path: 'orders.csv' }, write: { connection: 'lake', path: 'orders.csv' } }] },
        { pipeline: 'main', depends_on: ['ingest'], nodes: [
          { name: 'orders', read: { connection: 'files', path: 'orders.csv' }, transform: { steps: [{ operation: 'filter', params: { expr: 'd => d.amout > 1' } }] } },
          { name: 'missing', read: { connection: 'files', path: 'nope.csv' } },
          { name: 'later', read: { connection: 'lake', path: 'orders.csv' } },
          { name: 'sum', depends_on: ['orders'], transform: { steps: [{ function: 'totl' }] } },
        ] },
      ],
    }, { baseDir: dir });
    const pipeline = new Pipeline(project.pipelines[1]!, { project, connections: createConnections(project), functions: { total: (t) => t } });
    const { errors, warnings } = await pipeline.validate();
    const codes = (ps: typeof errors) => ps.map((p) => `${p.node}:${p.code}`).sort();
    assert.deepEqual(codes(errors), ['missing:CONNECTION_FILE_NOT_FOUND', 'orders:ENGINE_UNKNOWN_COLUMN', 'sum:CONFIG_UNKNOWN_FUNCTION']);
    assert.deepEqual(codes(warnings), ['later:CONNECTION_FILE_NOT_FOUND', 'later:CONNECTION_UNREACHABLE']);
    const column = errors.find((p) => p.code === 'ENGINE_UNKNOWN_COLUMN')!;
    assert.match(column.message, /unknown column "amout"; orders\.csv has: order_id, amount/);
    assert.equal(column.hint, 'did you mean "amount"?');
    assert.match(errors.find((p) => p.code === 'CONFIG_UNKNOWN_FUNCTION')!.hint!, /did you mean "total"/);
    assert.match(warnings.find((p) => p.code === 'CONNECTION_FILE_NOT_FOUND')!.message, /pipeline "ingest" writes it/);
    const bare = new Pipeline(project.pipelines[1]!, { project, connections: {} });
    assert.ok((await bare.validate()).errors.some((p) => p.code === 'CONNECTION_NOT_FOUND' && /"files"/.test(p.message)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
