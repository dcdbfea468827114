import type { CheckCase } from '../../../src/grading/check-case.js';
import { summariseProjectInChild } from '../../../src/grading/summarise-project-in-child.js';

/** The real loader's problems with the answer's YAML, one line each (empty when it loads). */
export function ex12Problems(retailProjectYaml: any): string[] {
  return summariseProjectInChild(retailProjectYaml()).problems;
}

/** Pipeline `retail` as the loader read it; throws with the first problem when the YAML does not load. */
export function ex12Retail(retailProjectYaml: any) {
  const summary = summariseProjectInChild(retailProjectYaml());
  if (summary.problems.length > 0) throw new Error(`the project does not load: ${summary.problems[0]}`);
  const retail = summary.pipelines.find((p) => p.name === 'retail');
  if (!retail) throw new Error(`there is no pipeline named retail, only: ${summary.pipelines.map((p) => p.name).join(', ')}`);
  return retail;
}

/** The nodes of pipeline `retail` by name. */
export function ex12Nodes(retailProjectYaml: any) {
  return new Map(ex12Retail(retailProjectYaml).nodes.map((n) => [n.name, n]));
}

export const ex12Checks: CheckCase[] = [
  {
    name: 'the YAML loads without problems',
    points: 2,
    hint: 'each problem says where (answer.yaml:line:column), what is wrong and how to fix it',
    run: (f) => ex12Problems(f),
    expected: [],
  },
  {
    name: 'pipeline retail has the course layers',
    points: 3,
    hint: 'layers come from depends_on: raw nodes depend on nothing, clean ones on one raw node each',
    run: (f) => ex12Retail(f).layers,
    expected: [['raw_customers', 'raw_orders'], ['clean_customers', 'clean_orders'], ['customer_orders']],
  },
  {
    name: 'tables are read from and written to the data connection',
    points: 1,
    hint: 'read: { connection: data, path: ... } on the raw nodes, write: { connection: data, ... } on customer_orders',
    run: (f) => {
      const nodes = ex12Nodes(f);
      const conn = (name: string, io: 'read' | 'write') => nodes.get(name)?.[io]?.connection ?? null;
      return { raw_customers: conn('raw_customers', 'read'), raw_orders: conn('raw_orders', 'read'), customer_orders: conn('customer_orders', 'write') };
    },
    expected: { raw_customers: 'data', raw_orders: 'data', customer_orders: 'data' },
  },
];
