// Mermaid diagrams drawn in Debian's Chromium for the notebooks: SVG text
// labels (no HTML inside the SVG, so an <img> shows them), a size of their
// own, and a clear error naming a diagram Mermaid cannot parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMermaid } from '../../scripts/lib/render-mermaid.js';

test('renderMermaid draws each diagram as a self-sized SVG with text labels', async () => {
  const [flow, states] = await renderMermaid(['flowchart LR\n  A[raw_orders] --> B["clean_orders<br/>filter"]\n', 'stateDiagram-v2\n  [*] --> waiting\n  waiting --> running\n']);
  for (const svg of [flow!, states!]) {
    assert.match(svg, /^<svg [^>]*width="\d+"[^>]*>/);
    assert.match(svg, /^<svg [^>]*height="\d+"[^>]*>/);
    assert.doesNotMatch(svg, /<foreignObject/);
  }
  const labels = [...flow!.matchAll(/<tspan[^>]*>([^<]+)<\/tspan>/g)].map((m) => m[1]!.trim());
  for (const label of ['raw_orders', 'clean_orders', 'filter']) assert.ok(labels.includes(label), `${label} in ${labels.join(', ')}`);
  assert.match(states!, />waiting</);
});

test('a diagram Mermaid cannot parse is an error that names it', async () => {
  await assert.rejects(renderMermaid(['flowchart LR\n  A --> B\n', 'flowchart LR\n  A -->> [broken\n']), /Mermaid could not draw diagram 2 \(starting "flowchart LR"\)/);
});
