// Exercise 3's hidden checks: run only by the grader, never shown to learners.
import type { CheckCase } from '../../../src/grading/check-case.js';
import { pick } from './checks.js';
import type { Ex3Input } from './run.js';

export const cases: CheckCase<Ex3Input>[] = [
  {
    name: 'no runs at all',
    points: 1,
    hint: 'with no nodes the success rate is 0, not NaN; the slowest node is null',
    input: { runs: [] },
    expected: {
      pipelines: 0, successful: [], failed: [], nodes: 0, succeeded: 0, failedNodes: 0, skippedNodes: 0,
      successRate: 0, totalDurationMs: 0, slowestNode: null,
    },
  },
  {
    name: 'skipped nodes count in the success rate',
    points: 2,
    hint: 'divide by all nodes, including skipped ones',
    input: { runs: [{ pipeline: 'p', nodes: [['a', 'success', 1], ['b', 'skipped', 0], ['c', 'skipped', 0]] }] },
    view: (s) => s?.successRate,
    expected: 33.3,
  },
  {
    name: 'a run whose nodes were only skipped, never failed, is successful',
    points: 1,
    hint: 'only a failed node makes a pipeline run fail; skipped nodes alone do not',
    input: { runs: [{ pipeline: 'late', nodes: [['a', 'success', 3], ['b', 'skipped', 0]] }, { pipeline: 'bad', nodes: [['c', 'failed', 1]] }] },
    view: (s) => pick(s, ['successful', 'failed']),
    expected: { successful: ['late'], failed: ['bad'] },
  },
  {
    name: 'a tie for the slowest node keeps the first',
    points: 1,
    hint: 'replace the slowest only when a node is strictly slower',
    input: { runs: [{ pipeline: 'p', nodes: [['a', 'success', 5]] }, { pipeline: 'q', nodes: [['b', 'success', 5]] }] },
    view: (s) => s?.slowestNode,
    expected: 'p/a',
  },
];
