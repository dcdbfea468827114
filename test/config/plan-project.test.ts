import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderPipelines, planProject } from '../../src/config/plan-project.js';
import { parseProjectObject } from '../../src/config/parse-project-object.js';
import { OdibiError } from '../../src/errors.js';

const node = (name: string, depends_on: string[] = []) => ({ name, depends_on, read: { connection: 'data', path: `${name}.csv` } });
const project = parseProjectObject({
  project: 'demo',
  connections: { data: { type: 'memory' } },
  pipelines: [
    { pipeline: 'gold', depends_on: ['silver'], nodes: [node('report')] },
    { pipeline: 'bronze', nodes: [node('raw_customers'), node('raw_orders')] },
    { pipeline: 'silver', depends_on: ['bronze'], nodes: [node('clean', []), node('joined', ['clean'])] },
  ],
});

test('pipelines in dependency order', () => {
  assert.deepEqual(orderPipelines(project).map((p) => p.name), ['bronze', 'silver', 'gold']);
});

test('the plan of each pipeline', () => {
  assert.deepEqual(planProject(project), {
    bronze: { order: ['raw_customers', 'raw_orders'], layers: [['raw_customers', 'raw_orders']] },
    silver: { order: ['clean', 'joined'], layers: [['clean'], ['joined']] },
    gold: { order: ['report'], layers: [['report']] },
  });
  assert.deepEqual(Object.keys(planProject(project, { pipeline: 'silver' })), ['silver']);
});

test('an unknown pipeline: PIPELINE_UNKNOWN with the names and a did-you-mean', () => {
  assert.throws(
    () => planProject(project, { pipeline: 'glod' }),
    (e: unknown) => e instanceof OdibiError && e.code === 'PIPELINE_UNKNOWN' && /available: gold, bronze, silver/.test(e.message) && e.hint === 'did you mean "gold"?',
  );
});

test('a node selection plans only the selected nodes of one pipeline', () => {
  assert.deepEqual(planProject(project, { pipeline: 'silver', select: 'joined' }), { silver: { order: ['joined'], layers: [['joined']] } });
  assert.deepEqual(planProject(project, { pipeline: 'silver', select: '+joined' }).silver.layers, [['clean'], ['joined']]);
  assert.throws(() => planProject(project, { select: 'clean' }), { code: 'USAGE' });
  assert.throws(() => planProject(project, { pipeline: 'silver', select: 'claen' }), { code: 'GRAPH_UNKNOWN_SELECTOR' });
});
