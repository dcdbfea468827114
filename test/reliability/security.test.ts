// Security through the whole runner (the unit-level checks are in test/expressions/check-expression.test.ts
// and test/connections/): expressions built in code, bypassing the loader, still cannot reach process,
// require, globalThis, constructors or the file system; writes cannot leave a connection through a
// linked folder; the notebook server binds 127.0.0.1 with a random token.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as aq from 'arquero';
import type { NodeConfig, PipelineConfig } from '../../src/config/types.js';
import type { Connection } from '../../src/connections/connection.js';
import { LocalConnection } from '../../src/connections/local-connection.js';
import { MemoryConnection } from '../../src/connections/memory-connection.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import type { NodeResult } from '../../src/results/types.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-security-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const retry = { maxAttempts: 1, backoff: 'constant' as const, initialDelayMs: 0, maxDelayMs: 0, jitter: false };
const MARK = path.join(tmp, 'pwned');

/** Runs one operation step on a small table, the config built in code (no loader checks). */
async function attack(operation: string, params: Record<string, unknown>, write?: NodeConfig['write'], out?: LocalConnection): Promise<NodeResult> {
  const mem = new MemoryConnection('mem');
  mem.putTable('t', aq.table({ x: [1, 2], name: ['a', 'b'] }));
  const nodes: NodeConfig[] = [
    { name: 't', dependsOn: [], tags: [], steps: [], cache: false, retry, read: { connection: 'mem', path: 't', format: 'json', options: {} } },
    { name: 'attack', dependsOn: ['t'], tags: [], steps: [{ kind: 'operation', operation, params }], cache: false, retry, write },
  ];
  const config: PipelineConfig = { name: 'security', dependsOn: [], strategy: 'dynamic', maxConcurrency: 2, onError: 'fail_later', engine: 'arquero', nodes };
  const connections: Record<string, Connection> = out ? { mem, out } : { mem };
  return (await new Pipeline(config, { connections, storyWriter: false }).run()).node('attack');
}

const ATTEMPTS: [string, Record<string, unknown>][] = [
  ['filter', { expr: 'd => (globalThis.pwned = 1) > 0' }],
  ['filter', { expr: 'd => process.exit(3)' }],
  ['filter', { expr: "d => process.mainModule.require('fs')" }],
  ['derive', { columns: { y: "d => d.constructor.constructor('return globalThis.pwned = 2')()" } }],
  ['derive', { columns: { y: `d => require('fs').writeFileSync(${JSON.stringify(MARK)}, 'x')` } }],
  ['derive', { columns: { y: `d => import('fs')` } }],
  ['derive', { columns: { y: "d => op.constructor('return process')()" } }],
  ['derive', { columns: { y: "d => ''.constructor.prototype.polluted = 1" } }],
  ['derive', { columns: { y: 'd => this.process' } }],
  ['derive', { columns: { y: 'd => `${globalThis.process.env.HOME}`' } }],
  ['aggregate', { groupby: ['name'], aggregates: { s: 'd => op.sum(d.x) + (globalThis.pwned = 4)' } }],
  ['filter', { expr: '(d, $) => $.f()', vars: { f: () => ((globalThis as Record<string, unknown>).pwned = 5) } }],
  ['orderby', { columns: ['d => process.exit(4)'] }],
];

for (const [operation, params] of ATTEMPTS) {
  test(`at run time, ${operation} ${JSON.stringify(params).slice(0, 80)} is refused and changes nothing`, async () => {
    const result = await attack(operation, params);
    assert.equal(result.status, 'failed');
    assert.match(result.error!.code, /^CONFIG_BAD_(EXPRESSION|PARAMS)$/);
    assert.ok(result.error!.hint, 'with a hint');
    assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(('' as unknown as Record<string, unknown>).polluted, undefined);
    assert.equal(existsSync(MARK), false);
  });
}

test('column names such as __proto__ and constructor cannot pollute prototypes', async () => {
  await attack('derive', { columns: JSON.parse('{"__proto__": "d => ({ polluted: 1 })", "constructor": "d => 2"}') });
  await attack('rename', { columns: { x: '__proto__', name: 'constructor' } });
  assert.equal(({} as Record<string, unknown>).constructor, Object);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
});

test('a write through a linked folder that points out of the connection is refused; nothing lands outside', async () => {
  const base = path.join(tmp, 'out');
  const outside = path.join(tmp, 'outside');
  mkdirSync(base);
  mkdirSync(outside);
  symlinkSync(outside, path.join(base, 'linked'));
  const out = new LocalConnection('out', base);
  for (const target of ['linked/stolen.csv', '../outside/stolen.csv', path.join(outside, 'stolen.csv')]) {
    const result = await attack('limit', { n: 1 }, { connection: 'out', path: target, format: 'csv', mode: 'overwrite', options: {} }, out);
    assert.equal(result.status, 'failed', target);
    assert.equal(result.error!.code, 'CONNECTION_PATH_ESCAPE', target);
    assert.match(result.error!.hint!, /relative to the connection's base_path/);
  }
  assert.deepEqual(readdirSync(outside), []);
});

test('the notebook server is started on 127.0.0.1 with a random token passed through the environment', () => {
  // scripts/start.mjs starts the server when imported, so its command line is checked as text.
  const start = readFileSync(path.resolve(import.meta.dirname, '../../scripts/start.mjs'), 'utf8');
  assert.match(start, /'--ip=127\.0\.0\.1'/);
  assert.doesNotMatch(start, /--ip=0\.0\.0\.0|--ip=\*|NotebookApp\.token=''|ServerApp\.token=''|--NotebookApp\.password/);
  assert.match(start, /const token = crypto\.randomBytes\(\d+\)\.toString\('hex'\)/);
  assert.match(start, /JUPYTER_TOKEN: token/);
  assert.match(start, /http:\/\/127\.0\.0\.1:\$\{port\}/);
});
