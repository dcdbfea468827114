import type { CheckCase } from '../../../src/grading/check-case.js';
import { showsCycle } from '../../../src/grading/shows-cycle.js';

/** Builds exercise 4's input from `[name, dependsOn, connection?]` triples. */
export function ex4Nodes(rows: Array<[string, string[], string?]>) {
  return rows.map(([name, dependsOn, connection]) => (connection === undefined ? { name, dependsOn } : { name, dependsOn, connection }));
}

/** `code node` of every problem, sorted, so the order of reporting does not matter. */
export function ex4Codes(problems: any[]): string[] {
  return problems.map((p) => `${p.code} ${p.node}`).sort();
}

/** True when every problem of `code` has a message containing the given text. */
export function ex4Mentions(problems: any[], code: string, texts: string[]): boolean {
  const messages = problems.filter((p) => p.code === code).map((p) => String(p.message));
  return texts.every((t) => messages.some((m) => m.includes(t)));
}

export const ex4Checks: CheckCase[] = [
  {
    name: 'a valid pipeline has no problems',
    points: 1,
    hint: 'return { errors: [], warnings: [] } when nothing is wrong',
    run: (f) => f(ex4Nodes([['raw', [], 'lake'], ['clean', ['raw']], ['report', ['clean'], 'lake']]), ['lake']),
    expected: { errors: [], warnings: [] },
  },
  {
    name: 'duplicates and missing dependencies are all collected',
    points: 2,
    hint: 'do not stop at the first problem; one problem per missing dependency, one per duplicated name',
    run: (f) => {
      const r = f(ex4Nodes([['raw', []], ['raw', []], ['clean', ['raw', 'raw_ordres']], ['report', ['clen', 'missing']]]), []);
      return { codes: ex4Codes(r.errors), mentionsNames: ex4Mentions(r.errors, 'missing-dependency', ['raw_ordres', 'clen', 'missing']) };
    },
    expected: {
      codes: ['duplicate raw', 'missing-dependency clean', 'missing-dependency report', 'missing-dependency report'],
      mentionsNames: true,
    },
  },
  {
    name: 'an unknown connection is a warning, not an error',
    points: 1,
    hint: 'a connection problem can be fixed at run time, so it goes into warnings',
    run: (f) => {
      const r = f(ex4Nodes([['raw', [], 'lake'], ['out', ['raw'], 'warehouse']]), ['lake']);
      return { errors: ex4Codes(r.errors), warnings: ex4Codes(r.warnings), named: ex4Mentions(r.warnings, 'unknown-connection', ['warehouse']) };
    },
    expected: { errors: [], warnings: ['unknown-connection out'], named: true },
  },
  {
    name: 'a cycle of three nodes is an error showing its path',
    points: 2,
    hint: 'follow dependencies depth-first, keeping the current path; a node met again on the path closes a cycle',
    run: (f) => {
      const r = f(ex4Nodes([['a', ['c']], ['b', ['a']], ['c', ['b']]]), []);
      return r.errors.filter((p: any) => p.code === 'cycle').map((p: any) => p.message);
    },
    expected: 'exactly one cycle error whose message shows a -> c -> b -> a (any start)',
    accept: (r: any) => Array.isArray(r) && r.length === 1 && showsCycle(r[0], ['a', 'b', 'c']),
  },
];
