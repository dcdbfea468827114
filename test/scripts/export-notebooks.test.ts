import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('the export template keeps SVG charts as data: images and loads no script from the network', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'odibi-export-'));
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-notebooks.ts', '--no-execute', '--out', out, 'test/fixtures/notebooks/svg-output.ipynb'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr + run.stdout);
    const page = readFileSync(path.join(out, 'test/fixtures/notebooks/svg-output.html'), 'utf8');
    const img = page.match(/<img alt="chart" src="data:image\/svg\+xml;charset=utf-8,([^"]+)">/);
    assert.ok(img, 'the chart is an <img> with a data: URL');
    const svg = decodeURIComponent(img[1] as string);
    assert.match(svg, /<text x="5" y="20" fill="white">node_a &amp; b<\/text>/);
    assert.doesNotMatch(page, /<script[^>]+src="https?:/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
