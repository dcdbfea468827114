/**
 * The retail example's bronze -> silver -> gold work written directly in
 * Arquero, step for step as examples/retail/project.yaml declares it
 * (same parser, operations, validations and files), with no orchestrator.
 */
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { addOrderSize } from '../examples/retail/functions.js';

const op = aq.op;

async function readCsv(file: string): Promise<ColumnTable> {
  return aq.fromCSV(await readFile(file, 'utf8'));
}

async function writeCsv(table: ColumnTable, file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  await writeFile(file, aq.toCSV(table));
}

function check(table: ColumnTable, noNulls: string[], unique: string[], notEmpty: boolean): void {
  if (notEmpty && table.numRows() === 0) throw new Error('empty table');
  for (const column of noNulls) {
    const values = table.array(column) as ArrayLike<unknown>;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined || Number.isNaN(v)) throw new Error(`null in ${column}`);
    }
  }
  for (const column of unique) {
    if (new Set(table.array(column) as ArrayLike<unknown> as unknown[]).size !== table.numRows()) throw new Error(`duplicates in ${column}`);
  }
}

/** Bronze: copy the raw files into the lake. */
export async function bronze(raw: string, lake: string): Promise<void> {
  for (const name of ['customers', 'orders', 'products']) await writeCsv(await readCsv(join(raw, `${name}.csv`)), join(lake, 'bronze', `${name}.csv`));
}

/** Silver: clean customers and orders, join them, write customer_orders. */
export async function silver(lake: string): Promise<void> {
  const [customers, orders, products] = await Promise.all(['customers', 'orders', 'products'].map((n) => readCsv(join(lake, 'bronze', `${n}.csv`))));
  const cleanCustomers = customers!
    .dedupe('customer_id')
    .filter((d: { email: string }) => d.email != null && d.email != '')
    .derive({ email: (d: { email: string }) => op.lower(d.email) })
    .select('customer_id', 'name', 'email', 'country');
  check(cleanCustomers, ['customer_id', 'email'], ['customer_id'], true);
  let cleanOrders = orders!
    .filter((d: { status: string }) => d.status != 'cancelled')
    .join(products!, [['product_id'], ['product_id']])
    .derive({ amount: (d: { quantity: number; unit_price: number }) => op.round(d.quantity * d.unit_price * 100) / 100 });
  cleanOrders = addOrderSize(cleanOrders, { medium_from: 25, large_from: 100 }, undefined as never)
    .select('order_id', 'customer_id', 'product_id', 'category', 'quantity', 'amount', 'order_size', 'order_date');
  check(cleanOrders, ['order_id', 'customer_id', 'amount'], ['order_id'], false);
  const customerOrders = cleanOrders.join(cleanCustomers, [['customer_id'], ['customer_id']]).orderby('order_id');
  await writeCsv(customerOrders, join(lake, 'silver', 'customer_orders.csv'));
}

/** Gold: three revenue reports. */
export async function gold(lake: string): Promise<void> {
  const co = await readCsv(join(lake, 'silver', 'customer_orders.csv'));
  const byCountry = co
    .groupby('country')
    .rollup({ orders: () => op.count(), revenue: (d: { amount: number }) => op.round(op.sum(d.amount) * 100) / 100 })
    .ungroup()
    .orderby(aq.desc('revenue'), 'country');
  check(byCountry, [], [], true);
  await writeCsv(byCountry, join(lake, 'gold', 'revenue_by_country.csv'));
  const top = co
    .groupby('customer_id', 'name')
    .rollup({ orders: () => op.count(), revenue: (d: { amount: number }) => op.round(op.sum(d.amount) * 100) / 100 })
    .ungroup()
    .orderby(aq.desc('revenue'), 'customer_id')
    .slice(0, 5);
  await writeCsv(top, join(lake, 'gold', 'top_customers.csv'));
  const byCategory = co
    .groupby('category')
    .rollup({ orders: () => op.count(), units: (d: { quantity: number }) => op.sum(d.quantity), revenue: (d: { amount: number }) => op.round(op.sum(d.amount) * 100) / 100 })
    .ungroup()
    .orderby('category');
  await writeCsv(byCategory, join(lake, 'gold', 'revenue_by_category.csv'));
}
