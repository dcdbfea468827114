import type { CheckCase } from '../../../src/grading/check-case.js';

/** Runs the answer on `nodes` where the names in `failing` throw; also records which nodes were run. */
export function ex1Run(executePipeline: any, nodes: Array<[string, string[]]>, failing: string[]) {
  const ran: string[] = [];
  const runNode = (name: string) => {
    ran.push(name);
    if (failing.includes(name)) throw new Error(`${name} failed`);
  };
  const outcome = executePipeline(nodes.map(([name, dependsOn]) => ({ name, dependsOn })), runNode);
  return { ...outcome, ran };
}

const ex1Course: Array<[string, string[]]> = [['A', []], ['B', []], ['C', ['A']], ['D', ['B']], ['E', ['C', 'D']]];

export const ex1Checks: CheckCase[] = [
  {
    name: 'the course case: completed, failed and skipped',
    points: 3,
    hint: 'a node is skipped when ANY dependency failed or was skipped, so the skip reaches grandchildren',
    run: (f) => {
      const { completed, failed, skipped } = ex1Run(f, ex1Course, ['B']);
      return { completed, failed, skipped };
    },
    expected: { completed: ['A', 'C'], failed: ['B'], skipped: ['D', 'E'] },
  },
  {
    name: 'the course case: skipped nodes are never run',
    points: 1,
    hint: 'do not call runNode for a node you skip',
    run: (f) => ex1Run(f, ex1Course, ['B']).ran,
    expected: ['A', 'B', 'C'],
  },
  {
    name: 'nodes declared before their dependencies run after them',
    points: 2,
    hint: 'pick the first node in declaration order whose dependencies have all been handled',
    run: (f) => ex1Run(f, [['report', ['clean']], ['clean', ['raw']], ['raw', []]], []).completed,
    expected: ['raw', 'clean', 'report'],
  },
];
