// A child process for the interrupted-write test: runs a pipeline that writes a large CSV
// (argv[2] = the output folder), so the parent can kill it while the write is in progress.
import * as aq from 'arquero';
import { LocalConnection } from '../../src/connections/local-connection.js';
import { MemoryConnection } from '../../src/connections/memory-connection.js';
import type { PipelineConfig } from '../../src/config/types.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';

const rows = 400_000;
const mem = new MemoryConnection('mem');
mem.putTable('big', aq.table({ id: Array.from({ length: rows }, (_, i) => i), text: Array.from({ length: rows }, (_, i) => `row number ${i} of a large table`) }));
const retry = { maxAttempts: 1, backoff: 'constant' as const, initialDelayMs: 0, maxDelayMs: 0, jitter: false };
const config: PipelineConfig = {
  name: 'big_write', dependsOn: [], strategy: 'dynamic', maxConcurrency: 1, onError: 'fail_later', engine: 'arquero',
  nodes: [{
    name: 'big', dependsOn: [], tags: [], steps: [], cache: false, retry,
    read: { connection: 'mem', path: 'big', format: 'json', options: {} },
    write: { connection: 'out', path: 'big.csv', format: 'csv', mode: 'overwrite', options: {} },
  }],
};
process.stdout.write('ready\n');
const results = await new Pipeline(config, { connections: { mem, out: new LocalConnection('out', process.argv[2]!) }, storyWriter: false }).run();
process.stdout.write(`${results.status}\n`);
