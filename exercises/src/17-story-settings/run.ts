// Exercise 17's harness: runs in the grading sandbox and calls the answer with one case's input.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { VirtualClock } from '../../../src/clock/virtual-clock.js';
import { parseProjectObject } from '../../../src/config/parse-project-object.js';
import { LocalConnection } from '../../../src/connections/local-connection.js';
import { practiceConnection, practiceNodeObject } from '../../../src/grading/practice-pipeline.js';
import { Pipeline } from '../../../src/pipeline/pipeline.js';

/** Where the story goes, how much it samples, and the node asked about. */
export interface Ex17Input {
  path: string;
  sampleRows: number;
  node: string;
}

/** The pipeline `orders` with the answer's story block: raw_orders -> positive_orders -> top_orders. */
function ordersPipeline(story: unknown, dir: string): Pipeline {
  const project = parseProjectObject({
    project: 'shop',
    connections: { mem: { type: 'memory' }, out: { type: 'memory' } },
    story,
    pipelines: [{ pipeline: 'orders', nodes: [
      practiceNodeObject({ name: 'raw_orders' }),
      { name: 'positive_orders', depends_on: ['raw_orders'], transform: { steps: [{ operation: 'filter', params: { expr: 'd => d.amount > 0' } }] } },
      { name: 'top_orders', depends_on: ['positive_orders'], transform: { steps: [{ operation: 'limit', params: { n: 2 } }] } },
    ] }],
  }, { file: 'shop.yaml' });
  return new Pipeline(project.pipelines[0]!, {
    project, connections: { mem: practiceConnection(), out: new LocalConnection('out', dir) }, clock: new VirtualClock({ start: '2026-01-15T09:00:00Z' }),
  });
}

/** The answer's fact, the files the run wrote (inside the case's folder), and each node's sample size in the JSON story. */
export async function run(storyFact: any, input: Ex17Input, { dir }: { dir: string }) {
  const tools = {
    run: async (story: unknown) => ordersPipeline(story, dir).run(),
    readText: async (file: string) => {
      const full = resolve(dir, String(file));
      if (!full.startsWith(resolve(dir) + sep)) throw new Error(`readText reads only what the run wrote, not ${file}`);
      return readFileSync(full, 'utf8');
    },
  };
  const fact: unknown = await storyFact(input, tools);
  const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(sep).join('/')).filter((f) => /\.\w+$/.test(f)).sort();
  const jsonStory = files.find((f) => f.endsWith('.json'));
  const story = jsonStory ? (JSON.parse(readFileSync(join(dir, jsonStory), 'utf8')) as { nodeResults: Array<{ name: string; sample: unknown[] }> }) : undefined;
  return {
    fact,
    folders: [...new Set(files.map((f) => relative('.', f.split('/').slice(0, -1).join('/'))))],
    formats: [...new Set(files.map((f) => f.split('.').pop()))],
    samples: story ? Object.fromEntries(story.nodeResults.map((n) => [n.name, n.sample.length])) : null,
  };
}
