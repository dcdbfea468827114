// Large runs keep their story: a flat 1,000-node pipeline, a 1,000-node chain and a 40 x 30 grid
// get every story file (HTML, Markdown with its charts, JSON); their charts summarise and say so.
// A chart that cannot be drawn leaves the rest of the story written and is named in storyError,
// which `odibi run` prints next to the story path.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadProjectFromString } from '../../src/config/load-project-from-string.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { writeStory } from '../../src/story/write-story.js';
import { summaryLine } from '../../src/cli/commands/run-printer.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-large-stories-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let folders = 0;

/** Node lines of a pipeline: `count` nodes in layers of `width`, each after one node of the layer before. */
function nodes(count: number, width: number): string {
  return Array.from({ length: count }, (_, i) => {
    const layer = Math.floor(i / width);
    return layer === 0
      ? `      - { name: n${i}, read: { connection: data, path: x.csv } }`
      : `      - { name: n${i}, depends_on: [n${i - width}], transform: { steps: [ { operation: limit, params: { n: 1 } } ] } }`;
  }).join('\n');
}

function projectFolder(count: number, width: number): string {
  const dir = path.join(tmp, `p${++folders}`);
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  writeFileSync(path.join(dir, 'data/x.csv'), 'x\n1\n2\n');
  writeFileSync(path.join(dir, 'project.yaml'), `project: large
connections: { data: { type: local, base_path: data } }
story: { path: stories, formats: [md, html, json] }
pipelines:
  - pipeline: large
    nodes:
${nodes(count, width)}
`);
  return dir;
}

/** The story files of a folder by kind, and their text. */
function storyFiles(dir: string): Record<string, string> {
  const files = readdirSync(path.join(dir, 'stories'));
  const kinds = { html: '.html', md: '.md', json: '.json', layers: '_layers.svg', timeline: '_timeline.svg' };
  return Object.fromEntries(Object.entries(kinds).map(([kind, end]) => {
    const found = files.filter((f) => f.endsWith(end));
    assert.equal(found.length, 1, `one ${end} in ${files.join(', ')}`);
    return [kind, readFileSync(path.join(dir, 'stories', found[0]!), 'utf8')];
  }));
}

for (const [shape, count, width] of [['a flat 1,000-node pipeline', 1000, 1000], ['a 1,000-node chain', 1000, 1], ['a grid of 40 layers of 30', 1200, 30]] as const) {
  test(`${shape}: odibi run writes the whole story (HTML, Markdown and charts, JSON) and its charts say they summarise`, async () => {
    const dir = projectFolder(count, width);
    const run = await runCliCaptured(['run', 'project.yaml'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /pipeline large: success, \d+ completed, .*; story: stories\/large_\d{8}_\d{6}_\d{3}\.html\n/);
    assert.doesNotMatch(run.stdout, /STORY_WRITE/);
    const saved = JSON.parse(readFileSync(path.join(dir, '.odibi/last-run/results.json'), 'utf8')).large;
    assert.equal(saved.storyError, undefined);
    const story = storyFiles(dir);
    for (const svg of [story.layers!, story.timeline!]) assert.ok(svg.startsWith('<svg'));
    assert.match(story.layers!, /too many to draw one by one/);
    assert.match(story.timeline!, new RegExp(`showing 60 of ${count.toLocaleString('en-US')} nodes: failures, what made the run long and the slowest`));
    assert.match(story.html!, /too many to draw one by one/);
    assert.equal((story.html!.match(/<article class="node /g) ?? []).length, count, 'a section per node');
    assert.equal((story.md!.match(/^### n\d+: success$/gm) ?? []).length, count, 'a Markdown section per node');
    assert.match(story.md!, /!\[Layers and statuses\]\(large_\d{8}_\d{6}_\d{3}_layers\.svg\)/);
    assert.equal(JSON.parse(story.json!).nodeResults.length, count);
  });
}

test('a chart that cannot be drawn leaves the HTML and Markdown written, is named in storyError, and odibi run prints it', async () => {
  const dir = projectFolder(30, 10);
  const project = loadProjectFromString(readFileSync(path.join(dir, 'project.yaml'), 'utf8'), { baseDir: dir });
  const results = await new Pipeline(project.pipelines[0]!, {
    project,
    storyWriter: (data, options) => writeStory(data, { ...options, renderChart: async (spec) => {
      if (JSON.stringify(spec).includes("what made the run this long")) throw new RangeError('Maximum call stack size exceeded');
      return '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
    } }),
  }).run();
  const data = results.toJSON();
  assert.equal(results.status, 'success');
  assert.ok(data.storyPath?.endsWith('.html'), 'the HTML is still the story');
  assert.equal(data.storyError?.code, 'STORY_WRITE');
  assert.match(data.storyError?.message ?? '', /^story written in part, without the timeline chart \(Maximum call stack size exceeded\)$/);
  const story = storyFiles(dir);
  assert.match(story.html!, /The timeline chart could not be drawn: Maximum call stack size exceeded/);
  assert.match(story.timeline!, /could not be drawn/);
  const line = summaryLine(data, dir);
  assert.match(line, /; story: stories\/large_\d{8}_\d{6}_\d{3}\.html; STORY_WRITE story written in part, without the timeline chart \(Maximum call stack size exceeded\)$/);
});

test('a story format that cannot be written is named in storyError, next to the story that was', async () => {
  const dir = projectFolder(5, 5);
  mkdirSync(path.join(dir, 'stories'));
  const project = loadProjectFromString(readFileSync(path.join(dir, 'project.yaml'), 'utf8'), { baseDir: dir });
  const results = await new Pipeline(project.pipelines[0]!, {
    project,
    storyWriter: async (data, options) => {
      const connection = options.connection;
      const failing = { ...connection, exists: (p: string) => connection.exists(p), localPath: connection.localPath?.bind(connection), describe: (p: string) => connection.describe(p),
        writeBytes: async (p: string, d: Uint8Array | string) => { if (p.endsWith('.md')) throw new Error('ENOSPC: no space left on device'); return connection.writeBytes(p, d); } };
      return writeStory(data, { ...options, connection: failing });
    },
  }).run();
  const data = results.toJSON();
  assert.ok(data.storyPath?.endsWith('.html'));
  assert.match(data.storyError?.message ?? '', /^story written in part, without the md file \(ENOSPC: no space left on device\)$/);
});
