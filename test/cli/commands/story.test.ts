import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { renderStoryFile } from '../../../src/cli/commands/story.js';
import { runCli } from '../../../src/cli/main.js';
import { captureIo } from '../capture-io.js';
import { OdibiError } from '../../../src/errors.js';
import { courseExample } from '../../fixtures/results/results-fixtures.js';
import { LocalConnection } from '../../../src/connections/local-connection.js';
import { writeStory } from '../../../src/story/write-story.js';

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'odibi-story-cli-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('renders HTML next to the results file by default', () =>
  withDir(async (dir) => {
    const file = path.join(dir, 'run.json');
    await writeFile(file, JSON.stringify(courseExample()));
    const [out] = await renderStoryFile(file);
    assert.equal(out, path.join(dir, 'run.html'));
    const page = await readFile(out!, 'utf8');
    assert.match(page, /2 of 5 nodes succeeded/);
    assert.equal((page.match(/<svg /g) ?? []).length, 2);
  }));

test('--format md --out writes the Markdown with its two chart images', () =>
  withDir(async (dir) => {
    const file = path.join(dir, 'run.json');
    await writeFile(file, JSON.stringify(courseExample()));
    const written = await renderStoryFile(file, { format: 'md', out: path.join(dir, 'sub/story.md') });
    assert.deepEqual(written.map((p) => path.basename(p)), ['story.md', 'story_layers.svg', 'story_timeline.svg']);
    assert.match(await readFile(written[0]!, 'utf8'), /!\[Timeline\]\(story_timeline.svg\)/);
  }));

test('an invalid artifact fails with RESULTS_INVALID naming the file', () =>
  withDir(async (dir) => {
    const file = path.join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ ...courseExample(), nodeResults: 'nope' }));
    await assert.rejects(renderStoryFile(file), (e: unknown) => e instanceof OdibiError && e.code === 'RESULTS_INVALID' && e.location.file === file && e.message.includes('nodeResults'));
    await writeFile(file, '{ not json');
    await assert.rejects(renderStoryFile(file), (e: unknown) => e instanceof OdibiError && e.code === 'RESULTS_INVALID');
    await assert.rejects(renderStoryFile(path.join(dir, 'missing.json')), (e: unknown) => e instanceof OdibiError && e.code === 'RESULTS_INVALID' && /cannot be read/.test(e.message));
  }));

test('an unknown format is a usage error', () =>
  withDir(async (dir) => {
    await assert.rejects(renderStoryFile(path.join(dir, 'x.json'), { format: 'pdf' }), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /html or md/.test(e.message));
  }));

test('odibi story prints the path it wrote, relative to the current folder', () =>
  withDir(async (dir) => {
    await writeFile(path.join(dir, 'run.json'), JSON.stringify(courseExample()));
    const io = captureIo(dir);
    assert.equal(await runCli(['story', 'run.json', '--format', 'md', '--out', 'story/run.md'], io), 0);
    assert.equal(io.out(), `${path.join('story', 'run.md')}\n`);
    assert.match(await readFile(path.join(dir, 'story/run.md'), 'utf8'), /^# course\\?_example: partial/);
  }));

test('odibi story on an invalid file: one problem line, exit 1', () =>
  withDir(async (dir) => {
    await writeFile(path.join(dir, 'bad.json'), '[]');
    const io = captureIo(dir);
    assert.equal(await runCli(['story', 'bad.json'], io), 1);
    assert.match(io.err(), /^bad\.json RESULTS_INVALID results JSON is not valid/);
    assert.equal(await runCli(['story', 'bad.json', '--format', 'pdf'], io), 2);
  }));

test('the record `odibi run --json` prints is read too, when it holds one pipeline', () =>
  withDir(async (dir) => {
    const file = path.join(dir, 'run.json');
    await writeFile(file, JSON.stringify({ course_example: courseExample() }));
    const [out] = await renderStoryFile(file, { format: 'md' });
    assert.equal(out, path.join(dir, 'run.md'));
    await writeFile(file, JSON.stringify({ a: courseExample(), b: courseExample() }));
    await assert.rejects(renderStoryFile(file), (e: unknown) => e instanceof OdibiError && e.code === 'RESULTS_INVALID' && /2 pipelines \(a, b\)/.test(e.message));
  }));

test('the story is written by the same writer as runs: the same page as a run\'s story', () =>
  withDir(async (dir) => {
    const file = path.join(dir, 'run.json');
    await writeFile(file, JSON.stringify(courseExample()));
    const [out] = await renderStoryFile(file, { out: path.join(dir, 'again.html') });
    const connection = new LocalConnection('stories', path.join(dir, 'written'));
    const { storyPath } = await writeStory(courseExample(), { connection, dir: '', formats: ['html'], now: new Date() });
    assert.equal(await readFile(out!, 'utf8'), await readFile(storyPath, 'utf8'));
  }));
