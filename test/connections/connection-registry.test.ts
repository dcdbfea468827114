import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { OdibiError } from '../../src/errors.js';
import { LocalConnection } from '../../src/connections/local-connection.js';
import { MemoryConnection } from '../../src/connections/memory-connection.js';
import { connectionTypes, createConnection, createConnections, newConnectionRegistry } from '../../src/connections/connection-registry.js';
import { BUILT_IN_CONNECTION_TYPES } from '../../src/config/built-in-connection-types.js';

test('local and memory are built in', () => {
  assert.ok(connectionTypes().includes('local'));
  assert.ok(connectionTypes().includes('memory'));
});

test('a local connection resolves a relative base_path against the base folder', () => {
  const data = createConnection({ name: 'data', type: 'local', options: { base_path: 'data' } }, { baseDir: '/project' });
  assert.ok(data instanceof LocalConnection);
  assert.equal((data as LocalConnection).basePath, path.resolve('/project/data'));
  const absolute = createConnection({ name: 'abs', type: 'local', options: { base_path: '/srv/x' } }, { baseDir: '/project' });
  assert.equal((absolute as LocalConnection).basePath, path.resolve('/srv/x'));
});

test('an unknown type is CONFIG_UNKNOWN_CONNECTION_TYPE with a suggestion', () => {
  assert.throws(
    () => createConnection({ name: 'x', type: 'locl', options: {} }, { baseDir: '/' }),
    (e: unknown) => e instanceof OdibiError && e.code === 'CONFIG_UNKNOWN_CONNECTION_TYPE' && /locl/.test(e.message) && /local/.test(e.hint ?? ''),
  );
});

test('a non-string base_path is CONFIG_BAD_VALUE', () => {
  assert.throws(
    () => createConnection({ name: 'x', type: 'local', options: { base_path: 3 } }, { baseDir: '/' }),
    (e: unknown) => e instanceof OdibiError && e.code === 'CONFIG_BAD_VALUE' && /base_path/.test(e.message),
  );
});

test('a new type plugs in through a registry of its own, leaving the default one as it is', () => {
  const registry = newConnectionRegistry().register('test-mem', (name) => new MemoryConnection(name));
  const created = createConnections({
    baseDir: '/',
    connections: { a: { name: 'a', type: 'test-mem', options: {} }, b: { name: 'b', type: 'memory', options: {} } },
  }, registry);
  assert.deepEqual(Object.keys(created), ['a', 'b']);
  assert.equal(created.a.type, 'memory');
  assert.equal(created.a.name, 'a');
  assert.deepEqual(connectionTypes(registry), ['local', 'memory', 'test-mem']);
  assert.deepEqual(connectionTypes(), ['local', 'memory']);
  assert.throws(() => createConnection({ name: 'a', type: 'test-mem', options: {} }, { baseDir: '/' }), (e: unknown) => e instanceof OdibiError && e.code === 'CONFIG_UNKNOWN_CONNECTION_TYPE');
});

test('the built-in types are exactly those the loaders accept by default', () => {
  assert.deepEqual(newConnectionRegistry().names(), [...BUILT_IN_CONNECTION_TYPES].sort());
});
