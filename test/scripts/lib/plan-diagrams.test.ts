import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planDiagrams } from '../../../scripts/lib/plan-diagrams.js';
import { mermaidDiagramFile } from '../../../src/notebook/mermaid-diagrams.js';

const FLOW = 'flowchart LR\n  A --> B\n';
const STATES = 'stateDiagram-v2\n  [*] --> waiting\n';

function folder(markdown: Record<string, string>, drawn: string[] = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'odibi-plan-diagrams-'));
  for (const [name, text] of Object.entries(markdown)) writeFileSync(path.join(dir, name), text);
  mkdirSync(path.join(dir, 'diagrams'));
  for (const file of drawn) writeFileSync(path.join(dir, 'diagrams', file), '<svg>any bytes at all</svg>');
  return dir;
}

const doc = (...blocks: string[]) => ['# Flow', ...blocks.map((b) => `\`\`\`mermaid\n${b}\`\`\``), '```ts\nconst notADiagram = 1;\n```'].join('\n\n');

test('every Mermaid block of every .md needs a drawing named by its source; other code blocks do not', () => {
  const dir = folder({ 'a.md': doc(FLOW), 'b.md': doc(STATES), 'notes.txt': doc('flowchart TB\n  X --> Y\n') });
  try {
    const plan = planDiagrams(dir, path.join(dir, 'diagrams'));
    assert.deepEqual([...plan.wanted.keys()], [mermaidDiagramFile(FLOW), mermaidDiagramFile(STATES)]);
    assert.deepEqual(plan.missing, [...plan.wanted.keys()]);
    assert.deepEqual(plan.leftOver, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a drawing is current when its file exists, whatever its bytes; an edited source needs a new one and leaves the old over', () => {
  const dir = folder({ 'a.md': doc('flowchart LR\n  A --> C\n', STATES) }, [mermaidDiagramFile(FLOW), mermaidDiagramFile(STATES)]);
  try {
    const plan = planDiagrams(dir, path.join(dir, 'diagrams'));
    assert.deepEqual(plan.missing, [mermaidDiagramFile('flowchart LR\n  A --> C\n')]);
    assert.deepEqual(plan.leftOver, [mermaidDiagramFile(FLOW)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the name does not depend on line endings or trailing blank lines', () => {
  assert.equal(mermaidDiagramFile('flowchart LR\r\n  A --> B\r\n\n'), mermaidDiagramFile(FLOW));
  assert.notEqual(mermaidDiagramFile('flowchart LR\n  A --> B;\n'), mermaidDiagramFile(FLOW));
  assert.match(mermaidDiagramFile(FLOW), /^mermaid-[0-9a-f]{16}\.svg$/);
});
