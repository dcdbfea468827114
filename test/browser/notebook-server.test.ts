// The real-browser check: `scripts/start.mjs` (what `npm start` runs after
// set-up) serves the signed environment-check notebook; Debian's Chromium,
// driven by playwright-core, shows its outputs; Ctrl-C (SIGINT) then leaves no
// process and no busy port behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { descendants, stillRunning, waitUntilGone, type ProcessRef } from '../../scripts/lib/process-tree.mjs';
import { portIsFree } from '../../scripts/lib/free-port.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, outDir, startServer, stopServer } from './notebook-server.js';

interface PageFacts {
  trusted: string;
  kernelName: string;
  chartMarks: number;
  tableRows: number;
  markdownHeadings: string[];
  renderedTitle: string;
}

// Evaluated in the page as a string: the test's own functions are rewritten by
// the TypeScript loader and would not run there.
const PAGE_FACTS = `(() => {
  const text = (selector) => Array.from(document.querySelectorAll(selector)).map((e) => e.textContent.trim());
  return {
    trusted: text('#notification_trusted').join(''),
    kernelName: text('#kernel_indicator .kernel_indicator_name').join(''),
    chartMarks: document.querySelectorAll('.output_area svg .mark-rect path').length,
    tableRows: document.querySelectorAll('.output_html table tbody tr').length,
    markdownHeadings: text('.output_html h3'),
    renderedTitle: text('.text_cell_render h1').join(''),
  };
})()`;

/** Waits for the notebook's outputs and returns what the assertions need. */
async function readNotebookPage(page: Page) {
  await page.waitForSelector('.output_area svg', { timeout: 60_000 });
  await page.waitForSelector('.output_html table', { timeout: 10_000 });
  await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 90_000 });
  // Opening a notebook must never rewrite the committed file.
  await page.evaluate('Jupyter.notebook.set_autosave_interval(0)');
  return (await page.evaluate(PAGE_FACTS)) as PageFacts;
}

test('npm start serves the signed notebooks with the TypeScript kernel; Ctrl-C leaves nothing running', { timeout: 300_000 }, async () => {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: run \`npm run setup -- --browser\``);
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(outDir, 'profile-'));
  const server = await startServer();
  const { start, port, token, log } = server;
  let context: BrowserContext | undefined;
  let tree: ProcessRef[] = [];
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1200, height: 3200 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/notebooks/notebooks/00-environment-check.ipynb?token=${token}`);
    const seen = await readNotebookPage(page);
    await page.screenshot({ path: path.join(outDir, 'environment-check.png'), fullPage: true });
    tree = descendants(start.pid ?? 0);
    assert.equal(seen.trusted, 'Trusted', 'the notebook is not trusted, so its SVG and HTML would be hidden');
    assert.equal(seen.kernelName, 'TypeScript');
    assert.ok(seen.chartMarks >= 4, `expected the bar chart's 4 bars, found ${seen.chartMarks}`);
    assert.equal(seen.tableRows, 4);
    assert.deepEqual(seen.markdownHeadings, ['Everything works']);
    assert.match(seen.renderedTitle, /Environment check/);
    assert.ok(tree.length >= 2, `expected the server and a kernel below start.mjs, found ${tree.length} processes`);
  } finally {
    await context?.close();
    fs.rmSync(profile, { recursive: true, force: true });
    const code = await stopServer(server);
    assert.equal(code, 0, `start.mjs did not stop cleanly after SIGINT:\n${log().slice(-2000)}`);
  }
  assert.deepEqual(await waitUntilGone(tree, 5_000), [], 'processes left after Ctrl-C');
  assert.deepEqual(stillRunning(tree), []);
  assert.equal(await portIsFree(port), true, `port ${port} is still busy`);
});
