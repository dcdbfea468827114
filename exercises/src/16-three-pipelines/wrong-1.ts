// A plausible wrong answer: the pipelines are declared in the right order but
// silver does not say it depends on bronze, so when bronze fails silver still
// runs, and fails for lack of bronze_orders instead of being skipped.
export function threePipelinesYaml(): string {
  return `
project: shop
connections:
  mem: { type: memory }
pipelines:
  - pipeline: bronze
    nodes:
      - name: load_orders
        read: { connection: mem, path: orders, format: json }
        transform:
          steps:
            - operation: filter
              params: { expr: "d => d.amount > 0" }
        write: { connection: mem, path: bronze_orders, format: json }
  - pipeline: silver
    nodes:
      - name: clean_orders
        read: { connection: mem, path: bronze_orders, format: json }
  - pipeline: audit
    nodes:
      - name: count_orders
        read: { connection: mem, path: orders, format: json }
`;
}
