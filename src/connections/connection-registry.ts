/**
 * The connection types, by name: a {@link Registry} of factories. `local`
 * and `memory` are built in; a new type plugs in with
 * {@link registerConnectionType} (in the default registry), or in a registry
 * of its own that a Pipeline or PipelineManager is given
 * (`connectionRegistry`), without touching the rest.
 *
 * @example
 * ```ts
 * import { MemoryConnection } from 'odibi-ts';
 * import { createConnection, connectionTypes, newConnectionRegistry } from 'odibi-ts/dist/src/connections/connection-registry.js';
 * connectionTypes(); // ['local', 'memory']
 * const data = createConnection({ name: 'data', type: 'local', options: { base_path: 'data' } }, { baseDir: '/tmp' });
 * data.describe('orders.csv'); // 'data:orders.csv (/tmp/data/orders.csv)'
 * const mine = newConnectionRegistry().register('scratch', (name) => new MemoryConnection(name));
 * connectionTypes(mine); // ['local', 'memory', 'scratch']
 * ```
 */
import path from 'node:path';
import type { BuiltInConnectionType } from '../config/built-in-connection-types.js';
import type { ConnectionConfig, ProjectConfig } from '../config/types.js';
import { OdibiError } from '../errors.js';
import { Registry } from '../registry.js';
import { closestMatch } from '../text/closest-match.js';
import type { Connection, ConnectionFactory, ConnectionFactoryContext } from './connection.js';
import { LocalConnection } from './local-connection.js';
import { MemoryConnection } from './memory-connection.js';

/** Connection factories by type name. */
export type ConnectionRegistry = Registry<ConnectionFactory>;

const localFactory: ConnectionFactory = (name, options, ctx) => {
  const basePath = options.base_path ?? '.';
  if (typeof basePath !== 'string') {
    throw new OdibiError('CONFIG_BAD_VALUE', `connections.${name}.base_path: must be a string (a folder), got ${typeof basePath}`, {
      hint: 'write base_path: data (relative to the project file) or an absolute folder',
    });
  }
  return new LocalConnection(name, path.resolve(ctx.baseDir, basePath));
};

/** One factory per built-in type: the compiler checks this matches the list the loaders accept. */
const BUILT_IN: Record<BuiltInConnectionType, ConnectionFactory> = {
  local: localFactory,
  memory: (name) => new MemoryConnection(name),
};

/** A new registry holding the built-in connection types (`local`, `memory`). */
export function newConnectionRegistry(): ConnectionRegistry {
  return new Registry<ConnectionFactory>(Object.entries(BUILT_IN));
}

/** The default registry: what `registerConnectionType` adds to, and what is used when no registry is given. */
const defaultConnectionTypes = newConnectionRegistry();

/** Adds (or replaces) a connection type in the default registry. */
export function registerConnectionType(type: string, factory: ConnectionFactory): void {
  defaultConnectionTypes.register(type, factory);
}

/** The connection types of `registry` (default: the default registry), sorted. */
export function connectionTypes(registry: ConnectionRegistry = defaultConnectionTypes): string[] {
  return registry.names();
}

/** Builds one connection from its configuration with `registry`'s factory. Throws CONFIG_UNKNOWN_CONNECTION_TYPE. */
export function createConnection(config: ConnectionConfig, ctx: ConnectionFactoryContext, registry: ConnectionRegistry = defaultConnectionTypes): Connection {
  const factory = registry.get(config.type);
  if (!factory) {
    const closest = closestMatch(config.type, registry.names());
    throw new OdibiError('CONFIG_UNKNOWN_CONNECTION_TYPE', `connection "${config.name}": type "${config.type}" is not registered; registered: ${registry.names().join(', ')}`, {
      hint: closest ? `did you mean "${closest}"?` : 'use one of the registered types, or register a new one with registerConnectionType',
    });
  }
  return factory(config.name, config.options ?? {}, ctx);
}

/** Builds every connection of a project, by name, with `registry`'s factories. */
export function createConnections(project: Pick<ProjectConfig, 'connections' | 'baseDir'>, registry: ConnectionRegistry = defaultConnectionTypes): Record<string, Connection> {
  const result: Record<string, Connection> = {};
  for (const [name, config] of Object.entries(project.connections)) {
    result[name] = createConnection({ ...config, name: config.name ?? name }, { baseDir: project.baseDir }, registry);
  }
  return result;
}
