/** The YAML text of a project with pipelines bronze, silver (after bronze) and audit (independent). */
export function threePipelinesYaml(): string {
  // BEGIN SOLUTION
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
        read: { connection: mem, path: bronze_orders, format: json }
  - pipeline: audit
    nodes:
      - name: count_orders
        read: { connection: mem, path: orders, format: json }
`;
  // END SOLUTION
}
