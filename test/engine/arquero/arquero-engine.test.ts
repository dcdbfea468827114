import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { MemoryConnection } from '../../../src/connections/memory-connection.js';
import { ArqueroEngine } from '../../../src/engine/arquero/arquero-engine.js';
import type { Engine } from '../../../src/engine/engine.js';
import { tablesOf } from './ops/run-op.js';
import { engineContract } from '../engine-contract.js';

test('reads, transforms, validates and writes through the Engine interface', async () => {
  const engine: Engine<aq.ColumnTable> = new ArqueroEngine();
  const memory = new MemoryConnection('mem');
  await memory.writeBytes('raw.csv', 'id,amount\n1,10\n2,-5\n3,7\n');
  const raw = await engine.read({ connection: 'mem', path: 'raw.csv', format: 'csv', options: {} }, memory);
  const ctx = { node: 'clean', stepIndex: 1, tables: tablesOf({}), functions: new Map(), signal: new AbortController().signal };
  const clean = await engine.applyStep(raw, { kind: 'operation', operation: 'filter', params: { expr: 'd => d.amount > 0' } }, ctx);
  assert.equal(engine.rowCount(clean), 2);
  assert.deepEqual(engine.schema(clean), { id: 'number', amount: 'number' });
  assert.equal(engine.approxBytes(clean), 32);
  assert.deepEqual(engine.sample(clean, 1), [{ id: 1, amount: 10 }]);
  assert.deepEqual((await engine.validate(clean, { notEmpty: true, noNulls: ['id'], unique: ['id'] })).map((o) => o.passed), [true, true, true]);
  await engine.write(clean, { connection: 'mem', path: 'clean.csv', format: 'csv', mode: 'overwrite', options: {} }, memory);
  assert.equal(memory.getTable('clean.csv'), clean);
  assert.equal(engine.toArquero(clean), clean);
  assert.equal(engine.fromArquero(clean), clean);
  assert.deepEqual(engine.sample(clean, 0), []);
});

engineContract('arquero', () => new ArqueroEngine());
