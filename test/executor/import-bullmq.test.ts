// BullMQ and ioredis load only when the queue executor is used: each case runs in a fresh process
// and looks for their files in Node's module cache (ioredis is CommonJS, loaded with bullmq).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function stages(body: string): Record<string, boolean> {
  const code = `
    import { createRequire } from 'node:module';
    const cache = createRequire(import.meta.url).cache;
    const stages = {};
    const seen = (label) => { stages[label] = Object.keys(cache).some((file) => /node_modules[\\\\/](ioredis|bullmq)[\\\\/]/.test(file)); };
    const lib = await import('./src/index.ts');
    seen('import');
    ${body}
    console.log(JSON.stringify(stages));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', cwd: ROOT });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, boolean>;
}

test('importing the library, loading a queue project and running in process never load BullMQ; the queue executor does', () => {
  const seen = stages(`
    const project = lib.loadProjectFromString(\`
project: p
executor: { type: queue, redis: 'redis://127.0.0.1:1' }
connections: { data: { type: local, base_path: . } }
story: { auto_generate: false }
pipelines: [{ pipeline: one, nodes: [{ name: n, read: { connection: data, path: examples/retail/data/customers.csv, format: csv } }] }]
\`);
    const results = await new lib.Pipeline(project.pipelines[0], { project, executor: { type: 'in_process' } }).run();
    if (results.status !== 'success') throw new Error(JSON.stringify(results.toJSON().errors));
    new lib.Pipeline(project.pipelines[0], { project });
    seen('queue project loaded, in-process run, queue pipeline built');
    const { importBullMq } = await import('./src/executor/queue/import-bullmq.ts');
    await importBullMq();
    seen('queue executor used');`);
  assert.deepEqual(seen, { import: false, 'queue project loaded, in-process run, queue pipeline built': false, 'queue executor used': true });
});
