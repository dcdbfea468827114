import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markdownBundle } from '../../src/notebook/markdown-bundle.js';
import { mermaidDiagramFile } from '../../src/notebook/mermaid-diagrams.js';

const FLOW = 'flowchart LR\n  A --> B\n';
const TEXT = `# Flow\n\n| node | rows |\n|---|---:|\n| a | 3 |\n\n\`\`\`mermaid\n${FLOW}\`\`\`\n\n<script>alert(1)</script>\n`;

test('tables are left-aligned (the table and its cells), unless a column asks for another alignment', () => {
  const html = markdownBundle(TEXT)['text/html'] as string;
  assert.match(html, /<table style="margin-left:0;margin-right:auto">/);
  assert.match(html, /<th style="text-align:left">node<\/th>/);
  assert.match(html, /<td style="text-align:left">a<\/td>/);
  assert.match(html, /<td style="text-align:right">3<\/td>/);
});

test('a Mermaid block is drawn from its stored SVG, as an image; the Markdown stays the text form', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'odibi-markdown-'));
  try {
    writeFileSync(path.join(dir, mermaidDiagramFile(FLOW)), '<svg xmlns="http://www.w3.org/2000/svg"><text>A to B</text></svg>');
    const bundle = markdownBundle(TEXT, { diagrams: dir });
    const html = bundle['text/html'] as string;
    const img = html.match(/<img alt="diagram" style="max-width:100%" src="data:image\/svg\+xml;base64,([^"]+)">/);
    assert.ok(img, html);
    assert.equal(Buffer.from(img[1]!, 'base64').toString('utf8'), '<svg xmlns="http://www.w3.org/2000/svg"><text>A to B</text></svg>');
    assert.doesNotMatch(html, /flowchart LR/);
    assert.equal(bundle['text/plain'], TEXT);
    assert.deepEqual(Object.keys(bundle).sort(), ['text/html', 'text/plain']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a Mermaid block not drawn yet says how to draw it, and never shows its source', () => {
  for (const options of [{}, { diagrams: '/nowhere' }]) {
    const html = markdownBundle(TEXT, options)['text/html'] as string;
    assert.match(html, /not drawn yet.*npm run generate -- --only diagrams/);
    assert.doesNotMatch(html, /flowchart LR/);
  }
});

test('raw HTML in the Markdown is shown as text, not run', () => {
  const html = markdownBundle(TEXT)['text/html'] as string;
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});
