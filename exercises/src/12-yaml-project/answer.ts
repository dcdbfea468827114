/** The YAML text of the retail project: five nodes in three layers, reading and writing `data`. */
export function retailProjectYaml(): string {
  // BEGIN SOLUTION
  return `
project: retail
connections:
  data: { type: memory }
retry:
  enabled: true
  max_attempts: 3
  backoff: exponential
pipelines:
  - pipeline: retail
    nodes:
      - name: raw_customers
        read: { connection: data, path: customers.csv }
      - name: raw_orders
        read: { connection: data, path: orders.csv }
      - name: clean_customers
        depends_on: [raw_customers]
        transform:
          steps:
            - operation: dedupe
              params: { columns: [id] }
      - name: clean_orders
        depends_on: [raw_orders]
        transform:
          steps:
            - operation: filter
              params: { expr: "d => d.amount > 0" }
      - name: customer_orders
        depends_on: [clean_customers, clean_orders]
        transform:
          steps:
            - operation: join
              params: { with: clean_orders, on: { id: customer_id } }
        write: { connection: data, path: customer_orders.csv }
`;
  // END SOLUTION
}
