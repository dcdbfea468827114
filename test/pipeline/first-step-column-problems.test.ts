import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryConnection } from '../../src/connections/memory-connection.js';
import { parseProjectObject } from '../../src/config/parse-project-object.js';
import { csvHeader, firstStepColumnProblems } from '../../src/pipeline/first-step-column-problems.js';

function nodeReading(step: Record<string, unknown>, options: Record<string, unknown> = {}) {
  const project = parseProjectObject({
    project: 'p', connections: { mem: { type: 'memory' } }, story: { auto_generate: false },
    pipelines: [{ pipeline: 'one', nodes: [{ name: 'orders', read: { connection: 'mem', path: 'orders.csv', format: 'csv', options }, transform: { steps: [step] } }] }],
  });
  return project.pipelines[0]!.nodes[0]!;
}

test('a quoted header with a comma is read as the CSV format reads it', async () => {
  const mem = new MemoryConnection('mem');
  await mem.writeBytes('orders.csv', '"a,b",c\n1,2\n');
  const node = nodeReading({ operation: 'select', params: { columns: ['a,b', 'c'] } });
  const header = await csvHeader(node, mem);
  assert.deepEqual(header, ['a,b', 'c']);
  assert.deepEqual(firstStepColumnProblems(node, header!), []);
});

test('a first step naming a column the header lacks is ENGINE_UNKNOWN_COLUMN with the closest name', async () => {
  const mem = new MemoryConnection('mem');
  await mem.writeBytes('orders.csv', 'order_id,amount\n1,2\n');
  const node = nodeReading({ operation: 'filter', params: { expr: 'd => d.amout > 1' } });
  const [problem, ...rest] = firstStepColumnProblems(node, (await csvHeader(node, mem))!);
  assert.deepEqual(rest, []);
  assert.equal(problem!.code, 'ENGINE_UNKNOWN_COLUMN');
  assert.match(problem!.message, /unknown column "amout"; orders\.csv has: order_id, amount/);
  assert.match(problem!.hint ?? '', /did you mean "amount"/);
});

test('no header when it is not cheaply known (header: false) or the file cannot be read', async () => {
  const mem = new MemoryConnection('mem');
  await mem.writeBytes('orders.csv', '1,2\n');
  assert.equal(await csvHeader(nodeReading({ operation: 'limit', params: { n: 1 } }, { header: false }), mem), undefined);
  assert.equal(await csvHeader(nodeReading({ operation: 'limit', params: { n: 1 } }), new MemoryConnection('mem')), undefined);
});
