// Exercise 12's public checks: shown in the check cell's table.
import type { CheckCase } from '../../../src/grading/check-case.js';
import type { ProjectSummary } from '../../../src/grading/project-summary.js';
import type { Ex12Input } from './run.js';

/** Pipeline `retail` as the loader read it; throws with the first problem when the YAML does not load. */
export function retail(summary: ProjectSummary) {
  if (summary.problems.length > 0) throw new Error(`the project does not load: ${summary.problems[0]}`);
  const found = summary.pipelines.find((p) => p.name === 'retail');
  if (!found) throw new Error(`there is no pipeline named retail, only: ${summary.pipelines.map((p) => p.name).join(', ')}`);
  return found;
}

/** The nodes of pipeline `retail` by name. */
export function nodesByName(summary: ProjectSummary) {
  return new Map(retail(summary).nodes.map((n) => [n.name, n]));
}

export const cases: CheckCase<Ex12Input>[] = [
  {
    name: 'the YAML loads without problems',
    points: 2,
    hint: 'each problem says where (answer.yaml:line:column), what is wrong and how to fix it',
    input: {},
    view: (summary: ProjectSummary) => summary.problems,
    expected: [],
  },
  {
    name: 'pipeline retail has the course layers',
    points: 3,
    hint: 'layers come from depends_on: raw nodes depend on nothing, clean ones on one raw node each',
    input: {},
    view: (summary: ProjectSummary) => retail(summary).layers,
    expected: [['raw_customers', 'raw_orders'], ['clean_customers', 'clean_orders'], ['customer_orders']],
  },
  {
    name: 'tables are read from and written to the data connection',
    points: 1,
    hint: 'read: { connection: data, path: ... } on the raw nodes, write: { connection: data, ... } on customer_orders',
    input: {},
    view: (summary: ProjectSummary) => {
      const nodes = nodesByName(summary);
      const conn = (name: string, io: 'read' | 'write') => nodes.get(name)?.[io]?.connection ?? null;
      return { raw_customers: conn('raw_customers', 'read'), raw_orders: conn('raw_orders', 'read'), customer_orders: conn('customer_orders', 'write') };
    },
    expected: { raw_customers: 'data', raw_orders: 'data', customer_orders: 'data' },
  },
];
