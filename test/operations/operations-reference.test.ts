// docs/operations.md holds, between its markers, a reference generated from the
// operation catalogue: every example is run here on its example data and the
// result tables must match the document. ODIBI_WRITE_DOCS=1 rewrites that part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as aq from 'arquero';
import { parse } from 'yaml';
import { applyStep } from '../../src/engine/arquero/apply-step.js';
import { operationNames, OPERATIONS } from '../../src/operations/operations.js';
import { tablesOf } from '../engine/arquero/ops/run-op.js';

const DOC = new URL('../../docs/operations.md', import.meta.url);
const START = '<!-- operations:start (generated from src/operations; run the reference test with ODIBI_WRITE_DOCS=1) -->';
const END = '<!-- operations:end -->';

/** A markdown table; missing values (null, undefined) are shown as empty cells. */
function markdown(table: aq.ColumnTable): string {
  const blank = (v: unknown) => (v === null || v === undefined ? '' : v);
  return aq.toMarkdown(table, { format: Object.fromEntries(table.columnNames().map((c) => [c, blank])) }).trim();
}

function markdownTable(columns: Record<string, unknown[]>): string {
  return markdown(aq.table(columns));
}

async function renderOperation(name: (typeof operationNames extends () => (infer N)[] ? N : never)): Promise<string> {
  const op = OPERATIONS[name];
  const [step] = parse(op.example) as { operation: string; params: Record<string, unknown> }[];
  const others = Object.fromEntries(Object.entries(op.exampleData.tables ?? {}).map(([n, cols]) => [n, aq.table(cols)]));
  const ctx = { node: 'example', stepIndex: 1, tables: tablesOf(others), functions: new Map(), signal: new AbortController().signal };
  const output = await applyStep(aq.table(op.exampleData.input), { kind: 'operation', operation: step.operation, params: step.params }, ctx);
  const params = Object.entries(op.paramDocs).map(([param, doc]) => `| \`${param}\` | ${doc} |`).join('\n');
  const inputs = [`Input table:\n\n${markdownTable(op.exampleData.input)}`]
    .concat(Object.entries(op.exampleData.tables ?? {}).map(([n, cols]) => `Table \`${n}\`:\n\n${markdownTable(cols)}`));
  return [
    `## ${name}`, op.summary,
    `| param | meaning |\n|---|---|\n${params}`,
    '```yaml\n' + op.example + '\n```',
    ...inputs,
    `Result:\n\n${markdown(output)}`,
  ].join('\n\n');
}

async function renderReference(): Promise<string> {
  const index = operationNames().map((n) => `| [${n}](#${n}) | ${OPERATIONS[n].summary} |`).join('\n');
  const sections = [];
  for (const name of operationNames()) sections.push(await renderOperation(name));
  return [`| operation | what it does |\n|---|---|\n${index}`, ...sections].join('\n\n');
}

test('docs/operations.md shows every operation, and each example gives the result shown', async () => {
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  assert.ok(start >= 0 && end > start, 'docs/operations.md has the generated-section markers');
  const generated = `${START}\n\n${await renderReference()}\n\n${END}`;
  if (process.env.ODIBI_WRITE_DOCS === '1') writeFileSync(DOC, doc.slice(0, start) + generated + doc.slice(end + END.length));
  else assert.equal(doc.slice(start, end + END.length), generated);
});
