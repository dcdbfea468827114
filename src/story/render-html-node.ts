import type { StoryNode } from './story-model.js';
import { formatCell } from './format-cell.js';
import { formatDuration } from './format-duration.js';
import { html, type SafeHtml } from './safe-html.js';
import { nodeFacts, skipSentence } from './story-facts.js';

function schemaTable(node: StoryNode): SafeHtml | '' {
  if (!node.schema) return '';
  const rows = Object.entries(node.schema).map(([col, type]) => {
    const added = node.columnsAdded.includes(col);
    return html`<tr><td class="mono">${col}</td><td>${type}</td><td class="${added ? 'added' : ''}">${added ? 'added' : ''}</td></tr>`;
  });
  const removed = node.columnsRemoved.map((col) => html`<tr><td class="mono removed">${col}</td><td></td><td class="removed">removed</td></tr>`);
  const against = node.comparedWith ? html` <small>(changes against ${node.comparedWith})</small>` : '';
  return html`<h4>Schema${against}</h4><table><tr><th>column</th><th>type</th><th>change</th></tr>${rows}${removed}</table>`;
}

function stepsTable(node: StoryNode): SafeHtml | '' {
  if (!node.steps.length) return '';
  const rows = node.steps.map(
    (s) => html`<tr><td>${s.index}</td><td>${s.operation}</td><td class="mono">${formatCell(s.params)}</td><td>${s.rowsOut}</td><td>${formatDuration(s.durationMs)}</td></tr>`,
  );
  return html`<h4>Steps</h4><table><tr><th>#</th><th>operation</th><th>params</th><th>rows out</th><th>time</th></tr>${rows}</table>`;
}

function validationList(node: StoryNode): SafeHtml | '' {
  if (!node.validation.length) return '';
  const items = node.validation.map(
    (v) => html`<li><span class="${v.passed ? 'pass' : 'fail'}">${v.passed ? 'passed' : 'FAILED'}</span> <span class="mono">${v.rule}</span>${v.message ? html`: ${v.message}` : ''}</li>`,
  );
  return html`<h4>Validation</h4><ul>${items}</ul>`;
}

function sampleTable(node: StoryNode): SafeHtml | '' {
  if (!node.sample.length) return '';
  const head = node.sampleColumns.map((c) => html`<th>${c}</th>`);
  const rows = node.sample.map((row) => html`<tr>${node.sampleColumns.map((c) => html`<td>${formatCell(row[c])}</td>`)}</tr>`);
  return html`<h4>Sample rows (${node.sample.length})</h4><table><tr>${head}</tr>${rows}</table>`;
}

function problems(node: StoryNode): SafeHtml {
  const e = node.error;
  const error = e
    ? html`<div class="error"><strong>Error ${e.code}</strong>${e.step !== undefined && !e.message.startsWith('step ') ? html` at step ${e.step}${e.operation ? html` (${e.operation})` : ''}` : ''}: ${e.message}${e.hint ? html`<br><em>Hint:</em> ${e.hint}` : ''}</div>`
    : '';
  const retried = node.attemptErrors.filter((a) => !e || a.attempt < node.attempts);
  const retries = retried.length
    ? html`<h4>Retried attempts</h4><ul>${retried.map((a) => html`<li>attempt ${a.attempt}: ${a.code} ${a.message}</li>`)}</ul>`
    : '';
  const skip = node.skip ? html`<div class="skip"><strong>Skipped.</strong> ${skipSentence(node.skip)}</div>` : '';
  return html`${error}${skip}${retries}`;
}

/**
 * One node's section of the HTML story; every value is escaped.
 *
 * @example
 * ```ts
 * import { buildStoryModel } from 'odibi-ts';
 * import { renderHtmlNode } from 'odibi-ts/dist/src/story/render-html-node.js';
 * renderHtmlNode(buildStoryModel(results.toJSON()).nodes[0]).value;
 * ```
 */
export function renderHtmlNode(node: StoryNode): SafeHtml {
  const facts = nodeFacts(node).map(([label, value]) => html`<tr><th>${label}</th><td>${value}</td></tr>`);
  return html`<article class="node ${node.status}" id="node-${node.name}">
<h3>${node.name} <span class="badge s-${node.status}">${node.statusLabel}</span></h3>
${node.description ? html`<p>${node.description}</p>` : ''}
${problems(node)}
<table>${facts}</table>
${schemaTable(node)}${stepsTable(node)}${validationList(node)}${sampleTable(node)}
</article>`;
}
