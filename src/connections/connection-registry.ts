/**
 * The registry of connection types: `local` and `memory` are built in; a new
 * type plugs in with {@link registerConnectionType} without touching the rest.
 *
 * @example
 * ```ts
 * import { createConnection, connectionTypes } from 'odibi-ts';
 * connectionTypes(); // ['local', 'memory']
 * const data = createConnection({ name: 'data', type: 'local', options: { base_path: 'data' } }, { baseDir: '/tmp' });
 * data.describe('orders.csv'); // 'data:orders.csv (/tmp/data/orders.csv)'
 * ```
 */
import path from 'node:path';
import type { ConnectionConfig } from '../config/types.js';
import { OdibiError } from '../errors.js';
import { closestMatch } from '../text/closest-match.js';
import type { Connection, ConnectionFactory, ConnectionFactoryContext } from './connection.js';
import { LocalConnection } from './local-connection.js';
import { MemoryConnection } from './memory-connection.js';

const localFactory: ConnectionFactory = (name, options, ctx) => {
  const basePath = options.base_path ?? '.';
  if (typeof basePath !== 'string') {
    throw new OdibiError('CONFIG_BAD_VALUE', `connections.${name}.base_path: must be a string (a folder), got ${typeof basePath}`, {
      hint: 'write base_path: data (relative to the project file) or an absolute folder',
    });
  }
  return new LocalConnection(name, path.resolve(ctx.baseDir, basePath));
};

const factories = new Map<string, ConnectionFactory>([
  ['local', localFactory],
  ['memory', (name) => new MemoryConnection(name)],
]);

/** Adds (or replaces) a connection type. */
export function registerConnectionType(type: string, factory: ConnectionFactory): void {
  factories.set(type, factory);
}

/** The registered connection types, sorted. */
export function connectionTypes(): string[] {
  return [...factories.keys()].sort();
}

/** Builds one connection from its configuration. Throws CONFIG_UNKNOWN_CONNECTION_TYPE. */
export function createConnection(config: ConnectionConfig, ctx: ConnectionFactoryContext): Connection {
  const factory = factories.get(config.type);
  if (!factory) {
    const closest = closestMatch(config.type, factories.keys());
    throw new OdibiError('CONFIG_UNKNOWN_CONNECTION_TYPE', `connection "${config.name}": type "${config.type}" is not registered; registered: ${connectionTypes().join(', ')}`, {
      hint: closest ? `did you mean "${closest}"?` : 'use one of the registered types, or register a new one with registerConnectionType',
    });
  }
  return factory(config.name, config.options ?? {}, ctx);
}

/** Builds every connection of a project, by name. */
export function createConnections(project: { connections: Record<string, ConnectionConfig>; baseDir: string }): Record<string, Connection> {
  const result: Record<string, Connection> = {};
  for (const [name, config] of Object.entries(project.connections)) {
    result[name] = createConnection({ ...config, name: config.name ?? name }, { baseDir: project.baseDir });
  }
  return result;
}
