// A plausible wrong answer: a typo in depends_on (raw_order), and the retry
// policy is missing, so the project does not load.
export function retailProjectYaml(): string {
  return `
project: retail
connections:
  data: { type: memory }
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
        depends_on: [raw_order]
        transform:
          steps:
            - operation: filter
              params: { expr: "d => d.amount > 0" }
      - name: customer_orders
        depends_on: [clean_customers, clean_orders]
        write: { connection: data, path: customer_orders.csv }
`;
}
