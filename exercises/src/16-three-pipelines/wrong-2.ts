// A plausible shortcut: the dependencies are right, so every status is, but
// silver reads the raw orders instead of what bronze wrote: the statuses look
// fine and the data is wrong.
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
    depends_on: [bronze]
    nodes:
      - name: clean_orders
        read: { connection: mem, path: orders, format: json }
  - pipeline: audit
    nodes:
      - name: count_orders
        read: { connection: mem, path: orders, format: json }
`;
}
