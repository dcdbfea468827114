/**
 * Seeded retail data at any scale, in the shape of examples/retail/data:
 * customers, products and orders as CSV files, with the dirt its silver
 * layer cleans (duplicated customers, missing and mixed-case emails,
 * cancelled orders). Order ids are unique, as its validation requires.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { randomInt, seededRandom } from '../lib/seeded-random.js';

export interface RetailScale {
  orders: number;
  customers: number;
  products: number;
}

const COUNTRIES = ['BR', 'DE', 'ES', 'FI', 'FR', 'IE', 'IL', 'IN', 'IT', 'JP', 'KR', 'NG', 'PT', 'US'];
const CATEGORIES = ['accessories', 'coffee', 'equipment', 'other', 'tea'];
/** Weighted as in the example: mostly delivered, some shipped, a few cancelled. */
const STATUSES = [...Array(15).fill('delivered'), ...Array(4).fill('shipped'), 'cancelled'] as string[];

/** Scale for a number of orders: one customer per 10 orders, one product per 1000. */
export function retailScale(orders: number): RetailScale {
  return { orders, customers: Math.max(10, Math.round(orders / 10)), products: Math.max(5, Math.round(orders / 1000)) };
}

function date(random: () => number, year: number): string {
  const day = randomInt(random, 0, 364);
  return new Date(Date.UTC(year, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

async function writeLines(file: string, header: string, n: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  out.write(header + '\n');
  let chunk: string[] = [];
  for (let i = 0; i < n; i++) {
    chunk.push(line(i));
    if (chunk.length === 10_000 || i === n - 1) {
      if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end();
  await once(out, 'finish');
}

/** Writes customers.csv, products.csv and orders.csv into `dir` (skipped when already generated at this scale). */
export async function writeRetailData(dir: string, scale: RetailScale, seed = 7): Promise<void> {
  const stamp = join(dir, 'scale.json');
  const wanted = JSON.stringify({ ...scale, seed, version: 2 });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(seed);
  await writeLines(join(dir, 'customers.csv'), 'customer_id,name,email,country,signup_date', scale.customers, (i) => {
    const id = random() < 0.01 && i > 0 ? i : i + 1; // about 1% repeated customers
    const email = random() < 0.02 ? '' : random() < 0.2 ? `Customer.${id}@Example.com` : `customer.${id}@example.com`;
    return `${id},Customer ${id},${email},${COUNTRIES[randomInt(random, 0, COUNTRIES.length - 1)]},${date(random, 2024)}`;
  });
  await writeLines(join(dir, 'products.csv'), 'product_id,name,category,unit_price', scale.products, (i) =>
    `${i + 1},Product ${i + 1},${CATEGORIES[randomInt(random, 0, CATEGORIES.length - 1)]},${(randomInt(random, 100, 6_000) / 100).toFixed(2)}`);
  await writeLines(join(dir, 'orders.csv'), 'order_id,customer_id,product_id,quantity,order_date,status', scale.orders, (i) =>
    `${5001 + i},${randomInt(random, 1, scale.customers)},${randomInt(random, 1, scale.products)},${randomInt(random, 1, 5)},${date(random, 2025)},${STATUSES[randomInt(random, 0, STATUSES.length - 1)]}`);
  writeFileSync(stamp, wanted);
}
