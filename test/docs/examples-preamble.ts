// The first cell of the examples notebook: the names a documentation example
// may use without defining them, as a learner would have them after the
// lesson's first cells. `results` is a finished run (as data that also has
// `toJSON()`, so it serves where either a PipelineResults or its JSON is
// expected), `pipeline` and `project` the pipeline and project it came from.
export function examplesPreamble(indexPath: string): string {
  return `// names the examples may use
import * as aq from 'arquero';
import { loadProjectFromString, Pipeline, MemoryConnection, type PipelineResultsData, type ProjectConfig, type PipelineConfig, type NodeConfig } from ${JSON.stringify(indexPath)};

const yamlText: string = \`
project: shop
connections: { mem: { type: memory } }
story: { auto_generate: false }
pipelines:
  - pipeline: orders
    nodes:
      - { name: raw_customers, read: { connection: mem, path: customers, format: json } }
      - { name: raw_orders, read: { connection: mem, path: orders, format: json } }
      - name: clean_orders
        depends_on: [raw_orders]
        transform:
          steps:
            - { operation: filter, params: { expr: "d => d.amount > 0" } }
            - { operation: derive, params: { columns: { amount_eur: "d => d.amount * 0.9" } } }
      - name: customer_orders
        depends_on: [clean_orders, raw_customers]
        transform: { steps: [ { operation: join, params: { with: raw_customers, on: { customer_id: id } } } ] }
\`;
const project: ProjectConfig = loadProjectFromString(yamlText);
const pipelineConfig: PipelineConfig = project.pipelines[0]!;
const goldConfig: PipelineConfig = pipelineConfig;
const node: NodeConfig = pipelineConfig.nodes[2]!;
const connection = new MemoryConnection('mem');
connection.putTable('customers', aq.table({ id: [1, 2], name: ['Ada', 'Grace'] }));
connection.putTable('orders', aq.table({ order_id: [10, 11, 12], customer_id: [1, 2, 1], amount: [5, -1, 7] }));
const pipeline: Pipeline<unknown> = new Pipeline(pipelineConfig, { project, connections: { mem: connection } });
const resultsData: PipelineResultsData = (await pipeline.run()).toJSON();
const results: PipelineResultsData & { toJSON(): PipelineResultsData } = { ...resultsData, toJSON: () => resultsData };
// The kernel does not carry a name used as a shorthand property ({ project }) to later cells; globals it finds.
Object.assign(globalThis, { yamlText, project, pipelineConfig, goldConfig, node, connection, pipeline, results });
`;
}
