/** The one connection the synthetic pipelines read from: `mem`, which the bench engines ignore. */
import type { Connection } from '../../src/connections/connection.js';

const mem: Connection = {
  name: 'mem',
  type: 'memory',
  check: async () => [],
  exists: async () => true,
  readBytes: async () => new Uint8Array(),
  writeBytes: async () => {},
  list: async () => [],
  describe: (path) => `bench memory:${path}`,
};

/** `{ mem }`, for a pipeline's `connections`. */
export function benchConnections(): Record<string, Connection> {
  return { mem };
}
