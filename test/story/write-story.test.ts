import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeStory } from '../../src/story/write-story.js';
import { OdibiError } from '../../src/errors.js';
import { LocalConnection } from '../../src/connections/local-connection.js';
import { MemoryConnection } from '../../src/connections/memory-connection.js';
import type { Connection } from '../../src/connections/connection.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';

const NOW = new Date('2026-01-15T09:30:00.041Z');

test('files appear at the configured path in the configured formats', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'odibi-story-'));
  try {
    const connection = new LocalConnection('stories', dir);
    const written = await writeStory(courseExample(), { connection, dir: 'out/stories', formats: ['md', 'html', 'json'], now: NOW });
    const files = (await readdir(path.join(dir, 'out/stories'))).sort();
    assert.deepEqual(files, [
      'course_example_20260115_093000_041.html',
      'course_example_20260115_093000_041.json',
      'course_example_20260115_093000_041.md',
      'course_example_20260115_093000_041_layers.svg',
      'course_example_20260115_093000_041_timeline.svg',
    ]);
    assert.equal(written.storyPath, path.join(dir, 'out/stories/course_example_20260115_093000_041.html'));
    assert.equal(written.paths.length, 5);
    assert.deepEqual(written.failed, []);
    const json = JSON.parse(await readFile(path.join(dir, 'out/stories', files[1]!), 'utf8'));
    assert.deepEqual(json, courseExample());
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('stories within the same second do not overwrite each other', async () => {
  const connection = new MemoryConnection('mem');
  const options = { connection, dir: 'stories', formats: ['json', 'md'] as const, now: NOW };
  const first = await writeStory(courseExample(), { ...options, formats: [...options.formats] });
  const second = await writeStory(courseExample(), { ...options, formats: [...options.formats] });
  const third = await writeStory(courseExample(), { ...options, formats: ['json'], now: new Date(NOW.getTime() + 500) });
  assert.equal(first.storyPath, 'stories/course_example_20260115_093000_041.md');
  assert.equal(second.storyPath, 'stories/course_example_20260115_093000_041_2.md');
  assert.equal(third.storyPath, 'stories/course_example_20260115_093000_541.json');
  assert.equal((await connection.list('stories')).length, 9);
});

test('only the configured formats are written; the main file follows html, md, json', async () => {
  const connection = new MemoryConnection('mem');
  const written = await writeStory(courseExample(), { connection, dir: '', formats: ['json'], now: NOW });
  assert.deepEqual(written.paths, ['course_example_20260115_093000_041.json']);
  assert.equal(written.storyPath, written.paths[0]);
});

function failingOn(suffix: string, inner: Connection): Connection {
  return Object.assign(Object.create(inner) as Connection, {
    writeBytes: async (p: string, data: Uint8Array | string) => {
      if (p.endsWith(suffix)) throw new Error(`disk full writing ${p}`);
      return inner.writeBytes(p, data);
    },
    exists: (p: string) => inner.exists(p),
    describe: (p: string) => inner.describe(p),
  });
}

test('a failing format is reported and the JSON is still written', async () => {
  const memory = new MemoryConnection('mem');
  const written = await writeStory(courseExample(), { connection: failingOn('.html', memory), dir: 's', formats: ['html', 'md', 'json'], now: NOW });
  assert.deepEqual(written.failed.map((f) => f.format), ['html']);
  assert.match(written.failed[0]!.message, /disk full/);
  assert.equal(written.storyPath, 's/course_example_20260115_093000_041.md');
  assert.ok(await memory.exists('s/course_example_20260115_093000_041.json'));
});

test('when nothing can be written, STORY_WRITE says why', async () => {
  const memory = new MemoryConnection('mem');
  await assert.rejects(
    writeStory(courseExample(), { connection: failingOn('', memory), dir: 's', formats: ['json'], now: NOW }),
    (e: unknown) => e instanceof OdibiError && e.code === 'STORY_WRITE' && /json: disk full/.test(e.message),
  );
});

test('a given name is used as it is and replaces the story of that name', async () => {
  const connection = new MemoryConnection('mem');
  const options = { connection, dir: 'out', formats: ['md'] as const, now: NOW, name: 'report' };
  const first = await writeStory(courseExample(), options);
  const second = await writeStory(courseExample(), options);
  assert.equal(first.storyPath, 'out/report.md');
  assert.deepEqual(second.paths, ['out/report_layers.svg', 'out/report_timeline.svg', 'out/report.md']);
  assert.deepEqual(await connection.list('out'), ['out/report.md', 'out/report_layers.svg', 'out/report_timeline.svg']);
});

test('a chart that cannot be drawn is left out of the HTML and the Markdown, which are still written, and reported in leftOut', async () => {
  const connection = new MemoryConnection('stories');
  let draws = 0;
  const written = await writeStory(courseExample(), {
    connection, dir: '', formats: ['md', 'html', 'json'], now: NOW,
    renderChart: async () => {
      draws++;
      throw new RangeError('Maximum call stack size exceeded');
    },
  });
  assert.equal(draws, 2, 'each chart drawn once for both formats');
  assert.deepEqual(written.failed, []);
  assert.deepEqual(written.leftOut, [
    { part: 'the layers chart', message: 'Maximum call stack size exceeded' },
    { part: 'the timeline chart', message: 'Maximum call stack size exceeded' },
  ]);
  const html = new TextDecoder().decode(await connection.readBytes('course_example_20260115_093000_041.html'));
  assert.match(html, /The timeline chart could not be drawn: Maximum call stack size exceeded/);
  const svg = new TextDecoder().decode(await connection.readBytes('course_example_20260115_093000_041_layers.svg'));
  assert.match(svg, /^<svg .*The layers chart could not be drawn/);
  assert.equal(written.storyPath, 'course_example_20260115_093000_041.html');
});
