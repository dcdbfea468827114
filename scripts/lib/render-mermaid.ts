// Draws Mermaid diagrams as SVG with the `mermaid` package inside Debian's
// Chromium, driven by playwright-core (offline: the page loads nothing but
// mermaid's own bundle). Labels are SVG text, not HTML, and each drawing
// gets its size from its viewBox, so it shows the same as an <img> in a
// notebook, in an HTML export and on GitHub; coordinates are rounded to
// 0.01 px to keep the files small.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// Runs in the page, as a string: tsx would rewrite a function's source.
const RENDER = `async ({ id, source }) => {
  window.mermaid.initialize({
    startOnLoad: false, securityLevel: 'strict', theme: 'default', htmlLabels: false,
    fontFamily: '"DejaVu Sans", Verdana, Arial, sans-serif', markdownAutoWrap: false,
    flowchart: { htmlLabels: false, wrappingWidth: 400 }, sequence: { useMaxWidth: false },
  });
  const { svg } = await window.mermaid.render(id, source);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const [, , width, height] = (root.getAttribute('viewBox') || '0 0 0 0').split(/\\s+/).map(Number);
  root.setAttribute('width', String(Math.ceil(width)));
  root.setAttribute('height', String(Math.ceil(height)));
  root.removeAttribute('style');
  // Geometry to 0.01 px: mermaid writes up to 16 decimals (a stadium's outline alone is 30 kB).
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['d', 'points', 'transform', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height']) {
      const value = element.getAttribute(name);
      if (value) element.setAttribute(name, value.replace(/(\\d+\\.\\d{2})\\d+/g, '$1'));
    }
  }
  return new XMLSerializer().serializeToString(root);
}`;

/** Draws each source; the SVGs come back in the same order. Throws naming the diagram Mermaid could not parse. */
export async function renderMermaid(sources: readonly string[]): Promise<string[]> {
  if (sources.length === 0) return [];
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`npm run setup -- --browser\` to install Chromium`);
  const bundle = path.join(path.dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: bundle });
    const svgs: string[] = [];
    for (const [i, source] of sources.entries()) {
      try {
        svgs.push(await page.evaluate(`(${RENDER})(${JSON.stringify({ id: `diagram-${i + 1}`, source })})`) as string);
      } catch (error) {
        throw new Error(`Mermaid could not draw diagram ${i + 1} (starting "${source.split('\n')[0]}"): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    return svgs;
  } finally {
    await browser.close();
  }
}
