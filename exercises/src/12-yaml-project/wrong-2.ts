// A plausible shortcut: everything the public checks look at is right (it loads, the
// layers, the connections), but the project-wide retry policy was left out.
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
}
