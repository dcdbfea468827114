// A learner's walk: `npm start`'s server, Chromium, the lesson and the
// exercises notebook each run from the top (Cell > Run All). When every cell
// has finished and the kernel is idle, the page must show no error output,
// every chart drawn, no output squeezed into a scroll box, no raw Mermaid
// source, and each live progress view in its final state; the lesson's
// tables sit at the left. Screenshots go to .odibi/browser/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, outDir, startServer, stopServer } from './notebook-server.js';

/** What the page shows once every cell has run. */
interface WalkFacts {
  codeCells: number;
  errors: string[];
  scrollBoxes: number;
  /** Outputs whose bundle holds an SVG, and how many of them show a drawn <svg>. */
  charts: { expected: number; drawn: number; empty: string[] };
  /** Diagram images (data: SVG) and how many of them loaded. */
  diagrams: { shown: number; loaded: number };
  rawMermaid: string[];
  progress: string[];
  /** Tables of outputs that do not start at the left of their output, or whose cells are not left-aligned. */
  tablesNotLeft: string[];
}

// Evaluated in the page as strings: functions of this file are rewritten by the TypeScript loader.
const START_COUNTING = `(() => {
  window.__finished = 0;
  Jupyter.notebook.events.on('finished_execute.CodeCell', () => { window.__finished += 1; });
  Jupyter.notebook.set_autosave_interval(0);
  return Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code' && c.get_text().trim() !== '').length;
})()`;

const WALK_FACTS = `(() => {
  const cells = Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code');
  const outputs = cells.flatMap((c) => c.output_area.outputs);
  const short = (text) => text.replace(/\\s+/g, ' ').trim().slice(0, 160);
  const expected = outputs.filter((o) => o.data && o.data['image/svg+xml']).length;
  const svgs = Array.from(document.querySelectorAll('.output_svg svg'));
  const empty = svgs.filter((svg) => svg.getBoundingClientRect().width < 10 || svg.querySelectorAll('path, rect, line, text').length === 0).map((svg) => short(svg.getAttribute('aria-label') || svg.textContent));
  const images = Array.from(document.querySelectorAll('.output_area img[src^="data:image/svg+xml"]'));
  const text = Array.from(document.querySelectorAll('.output_area')).map((o) => o.innerText);
  const rawMermaid = text.filter((t) => /\`\`\`mermaid|^\\s*(flowchart (LR|RL|TB|TD|BT)|sequenceDiagram|stateDiagram(-v2)?)\\s*$/m.test(t)).map(short);
  const tablesNotLeft = Array.from(document.querySelectorAll('.output_html table')).filter((table) => {
    const area = table.closest('.output_subarea');
    const offset = table.getBoundingClientRect().left - area.getBoundingClientRect().left - parseFloat(getComputedStyle(area).paddingLeft);
    const cell = table.querySelector('td');
    const align = cell ? getComputedStyle(cell).textAlign : 'left';
    return offset > 20 || !/^(left|start)$/.test(align) && !(cell && cell.getAttribute('style') || '').includes('text-align');
  }).map((table) => short(table.innerText));
  return {
    codeCells: cells.length,
    errors: Array.from(document.querySelectorAll('.output_error')).map((e) => short(e.innerText)),
    scrollBoxes: document.querySelectorAll('.output_scroll').length,
    charts: { expected, drawn: svgs.length, empty },
    diagrams: { shown: images.length, loaded: images.filter((img) => img.complete && img.naturalWidth > 0).length },
    rawMermaid,
    progress: Array.from(document.querySelectorAll('[data-odibi="progress"]')).map((p) => p.getAttribute('data-status') + ': ' + short(p.innerText)),
    tablesNotLeft,
  };
})()`;

/** Opens a notebook, runs all its cells through the menu, and waits until each has finished and the kernel is idle. */
async function runAll(page: Page, url: string): Promise<WalkFacts> {
  await page.goto(url);
  await page.waitForFunction('window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()', undefined, { timeout: 90_000 });
  await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 90_000 });
  const toRun = (await page.evaluate(START_COUNTING)) as number;
  await page.click('#celllink');
  await page.click('#run_all_cells > a');
  await page.waitForFunction(`window.__finished >= ${toRun}`, undefined, { timeout: 300_000, polling: 500 });
  await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 60_000 });
  return (await page.evaluate(WALK_FACTS)) as WalkFacts;
}

function assertCleanWalk(name: string, seen: WalkFacts): void {
  assert.ok(seen.codeCells > 0, `${name}: no code cells found`);
  assert.deepEqual(seen.errors, [], `${name}: error outputs`);
  assert.equal(seen.scrollBoxes, 0, `${name}: outputs inside a scroll box`);
  assert.equal(seen.charts.drawn, seen.charts.expected, `${name}: ${seen.charts.expected} outputs carry an SVG chart, ${seen.charts.drawn} are drawn`);
  assert.deepEqual(seen.charts.empty, [], `${name}: charts drawn empty`);
  assert.equal(seen.diagrams.loaded, seen.diagrams.shown, `${name}: diagram images that did not load`);
  assert.deepEqual(seen.rawMermaid, [], `${name}: raw Mermaid source shown`);
  assert.deepEqual(seen.progress.filter((p) => p.startsWith('running')), [], `${name}: a live progress view stopped before its final state`);
}

test('a learner runs the lesson and the exercises in the browser: no errors, every chart and diagram drawn, nothing in a scroll box', { timeout: 900_000 }, async () => {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: run \`npm run setup -- --test\``);
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(outDir, 'profile-'));
  const server = await startServer();
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    const url = (notebook: string) => `http://127.0.0.1:${server.port}/notebooks/${notebook}?token=${server.token}`;

    const lesson = await runAll(page, url('notebooks/lesson.ipynb'));
    await page.screenshot({ path: path.join(outDir, 'lesson-walk.png'), fullPage: true });
    assertCleanWalk('lesson', lesson);
    assert.ok(lesson.charts.expected >= 20, `the lesson draws its charts (${lesson.charts.expected})`);
    assert.ok(lesson.diagrams.shown >= 2, `the lesson shows the execution-flow diagrams (${lesson.diagrams.shown})`);
    assert.ok(lesson.progress.length >= 3, `the lesson's live views (${lesson.progress.length})`);
    assert.ok(lesson.progress.some((p) => /^success: silver: success, 6\/6 done/.test(p)), lesson.progress.join('\n'));
    assert.deepEqual(lesson.tablesNotLeft, [], 'lesson tables not at the left');

    const exercises = await runAll(page, url('exercises/exercises.ipynb'));
    await page.screenshot({ path: path.join(outDir, 'exercises-walk.png'), fullPage: true });
    assertCleanWalk('exercises', exercises);
  } finally {
    await context?.close();
    fs.rmSync(profile, { recursive: true, force: true });
    const code = await stopServer(server);
    assert.equal(code, 0, `start.mjs did not stop cleanly after SIGINT:\n${server.log().slice(-2000)}`);
  }
});
