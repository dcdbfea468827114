import type { CheckCase } from '../../../src/grading/check-case.js';
import { safeLoadProjectFromString } from '../../../src/config/load-project-from-string.js';
import { planProject } from '../../../src/config/plan-project.js';
import { formatProblem } from '../../../src/errors.js';

/** The loader's problems with the answer's YAML, one line each (empty when it loads). */
export function ex12Problems(retailProjectYaml: any): string[] {
  const result = safeLoadProjectFromString(retailProjectYaml(), { file: 'answer.yaml' });
  return result.ok === false ? result.problems.map(formatProblem) : [];
}

/** The loaded project; throws with the first problem when the YAML does not load. */
export function ex12Project(retailProjectYaml: any) {
  const result = safeLoadProjectFromString(retailProjectYaml(), { file: 'answer.yaml' });
  if (result.ok === false) throw new Error(`the project does not load: ${formatProblem(result.problems[0])}`);
  return result.project;
}

/** The nodes of pipeline `retail` by name. */
export function ex12Nodes(retailProjectYaml: any) {
  const pipeline = ex12Project(retailProjectYaml).pipelines.find((p) => p.name === 'retail');
  if (!pipeline) throw new Error('there is no pipeline named retail');
  return new Map(pipeline.nodes.map((n) => [n.name, n]));
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
    run: (f) => planProject(ex12Project(f), { pipeline: 'retail' }).retail.layers,
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
