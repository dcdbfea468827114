/**
 * The selection grammar: a comma-separated union of terms, each one of
 * `name` (the node), `+name` (it and everything upstream), `name+` (it and
 * everything downstream), `+name+` (both) and `tag:x` (nodes tagged x).
 * The result keeps declaration order. Use it through DependencyGraph.select.
 */
import { OdibiError } from '../errors.js';
import { closestMatch } from '../text/closest-match.js';
import type { GraphIndex } from './graph-index.js';
import { markReachable } from './reachable.js';

/** Parses and evaluates `expr`; throws OdibiError GRAPH_UNKNOWN_SELECTOR for a term that matches nothing. */
export function selectNodes(g: GraphIndex, expr: string): string[] {
  const mark = new Uint8Array(g.names.length);
  for (const raw of expr.split(',')) markTerm(g, raw.trim(), mark);
  const selected: string[] = [];
  for (let i = 0; i < mark.length; i++) if (mark[i] === 1) selected.push(g.names[i]);
  return selected;
}

function markTerm(g: GraphIndex, term: string, mark: Uint8Array): void {
  if (term.startsWith('tag:')) return markTag(g, term, mark);
  const up = term.startsWith('+');
  const down = term.length > 1 && term.endsWith('+');
  const name = term.slice(up ? 1 : 0, down ? -1 : undefined);
  const i = g.indexOf.get(name);
  if (i === undefined) throw unknownTerm(term, name, g.names, (c) => `${up ? '+' : ''}${c}${down ? '+' : ''}`);
  mark[i] = 1;
  if (up) markReachable(g, i, 'up', mark);
  if (down) markReachable(g, i, 'down', mark);
}

function markTag(g: GraphIndex, term: string, mark: Uint8Array): void {
  const tag = term.slice(4);
  let matched = false;
  g.tags.forEach((tags, i) => {
    if (!tags.includes(tag)) return;
    mark[i] = 1;
    matched = true;
  });
  if (!matched) throw unknownTerm(term, tag, new Set(g.tags.flat()), (c) => `tag:${c}`);
}

function unknownTerm(term: string, name: string, candidates: Iterable<string>, spell: (c: string) => string): OdibiError {
  const closest = name === '' ? undefined : closestMatch(name, candidates);
  const what = term === '' ? 'an empty selection term' : `selection term "${term}"`;
  const fix = closest ? `did you mean "${spell(closest)}"? ` : '';
  return new OdibiError('GRAPH_UNKNOWN_SELECTOR', `${what} matches no node`, {
    hint: `${fix}terms are name, +name, name+, +name+ or tag:x, separated by commas`,
  });
}
