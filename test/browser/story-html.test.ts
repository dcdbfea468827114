// The real-browser check of a story: Chromium opens the HTML file offline
// and finds both charts drawn, every node named, no request beyond the file
// itself, and an injected <script> shown as text rather than run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeStory } from '../../src/story/write-story.js';
import { LocalConnection } from '../../src/connections/local-connection.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const EVIL = '<script>window.__injected = true</script>';

const PAGE_FACTS = `(() => ({
  charts: document.querySelectorAll('figure svg').length,
  layerLabels: Array.from(document.querySelectorAll('figure:first-of-type svg text')).map((t) => t.textContent),
  timelineBars: document.querySelectorAll('figure:nth-of-type(2) svg .bars_marks path').length,
  headings: Array.from(document.querySelectorAll('article h3')).map((h) => h.firstChild.textContent.trim()),
  description: document.querySelector('article p') && document.querySelector('article p').textContent,
  injected: window.__injected === true,
}))()`;

test('a story HTML opens offline in Chromium with its charts drawn', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'odibi-story-browser-'));
  const results = courseExample();
  results.nodeResults[0]!.description = EVIL;
  const { storyPath } = await writeStory(results, { connection: new LocalConnection('stories', dir), dir: '', formats: ['html'], now: new Date(0) });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(pathToFileURL(storyPath).href);
    const facts = (await page.evaluate(PAGE_FACTS)) as {
      charts: number; layerLabels: string[]; timelineBars: number; headings: string[]; description: string; injected: boolean;
    };
    assert.equal(facts.charts, 2);
    for (const node of ['A', 'B', 'C', 'D', 'E']) assert.ok(facts.layerLabels.includes(node), `label ${node}`);
    assert.equal(facts.timelineBars, 3);
    assert.deepEqual(facts.headings, ['A', 'B', 'C', 'D', 'E']);
    assert.equal(facts.description, EVIL);
    assert.equal(facts.injected, false);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, [pathToFileURL(storyPath).href]);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
});
