import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VirtualClock } from '../src/clock/virtual-clock.js';
import { parseProjectObject } from '../src/config/parse-project-object.js';
import { LocalConnection } from '../src/connections/local-connection.js';
import { practiceConnection, practiceNodeObject } from '../src/grading/practice-pipeline.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
const dir = mkdtempSync(join(tmpdir(), 'st-'));
const project = parseProjectObject({ project: 'p', connections: { mem: { type: 'memory' }, out: { type: 'memory' } }, story: { connection: 'out', path: 'runs/today', max_sample_rows: 2, formats: ['json'] },
  pipelines: [{ pipeline: 'orders', nodes: [practiceNodeObject({ name: 'raw_orders' }), practiceNodeObject({ name: 'clean', dependsOn: ['raw_orders'] })] }] });
const out = new LocalConnection('out', dir);
const p = new Pipeline(project.pipelines[0]!, { project, connections: { mem: practiceConnection(), out }, clock: new VirtualClock({ start: '2026-01-15T09:00:00Z' }) });
const r = await p.run();
console.log(r.toJSON().storyPath, readdirSync(dir, { recursive: true }));
