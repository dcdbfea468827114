// Exercise 4's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { showsCycle } from '../../../src/grading/shows-cycle.js';
import type { Ex4Input } from './run.js';

/** `code node` of every problem, sorted, so the order of reporting does not matter. */
export function codes(problems: any): string[] {
  return Array.isArray(problems) ? problems.map((p) => `${p?.code} ${p?.node}`).sort() : problems;
}

/** True when every text appears in the message of some problem with this code. */
export function mentions(problems: any, code: string, texts: string[]): boolean {
  const messages = Array.isArray(problems) ? problems.filter((p) => p?.code === code).map((p) => String(p?.message)) : [];
  return texts.every((t) => messages.some((m) => m.includes(t)));
}

/** The messages of the cycle errors. */
export function cycleMessages(result: any): unknown {
  return Array.isArray(result?.errors) ? result.errors.filter((p: any) => p?.code === 'cycle').map((p: any) => p?.message) : result;
}

export const cases: CheckCase<Ex4Input>[] = [
  {
    name: 'a valid pipeline has no problems',
    points: 1,
    hint: 'return { errors: [], warnings: [] } when nothing is wrong',
    input: { nodes: [['raw', [], 'lake'], ['clean', ['raw']], ['report', ['clean'], 'lake']], connections: ['lake'] },
    expected: { errors: [], warnings: [] },
  },
  {
    name: 'duplicates and missing dependencies are all collected',
    points: 2,
    hint: 'do not stop at the first problem; one problem per missing dependency, one per duplicated name',
    input: { nodes: [['raw', []], ['raw', []], ['clean', ['raw', 'raw_ordres']], ['report', ['clen', 'missing']]], connections: [] },
    view: (r) => ({ codes: codes(r?.errors), mentionsNames: mentions(r?.errors, 'missing-dependency', ['raw_ordres', 'clen', 'missing']) }),
    expected: {
      codes: ['duplicate raw', 'missing-dependency clean', 'missing-dependency report', 'missing-dependency report'],
      mentionsNames: true,
    },
  },
  {
    name: 'an unknown connection is a warning, not an error',
    points: 1,
    hint: 'a connection problem can be fixed at run time, so it goes into warnings',
    input: { nodes: [['raw', [], 'lake'], ['out', ['raw'], 'warehouse']], connections: ['lake'] },
    view: (r) => ({ errors: codes(r?.errors), warnings: codes(r?.warnings), named: mentions(r?.warnings, 'unknown-connection', ['warehouse']) }),
    expected: { errors: [], warnings: ['unknown-connection out'], named: true },
  },
  {
    name: 'a cycle of three nodes is an error showing its path',
    points: 2,
    hint: 'follow dependencies depth-first, keeping the current path; a node met again on the path closes a cycle',
    input: { nodes: [['a', ['c']], ['b', ['a']], ['c', ['b']]], connections: [] },
    view: cycleMessages,
    expected: 'exactly one cycle error whose message shows a -> c -> b -> a (any start)',
    accept: (r) => Array.isArray(r) && r.length === 1 && showsCycle(r[0], ['a', 'b', 'c']),
  },
];
