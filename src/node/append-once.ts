/**
 * An append that a repeated attempt cannot make twice. Under the queue
 * executor an attempt may run again after its worker was lost, perhaps
 * after it had appended; so each append is keyed (run and node), and a
 * small ledger beside the target (`.<file>.odibi-appends.json`, in the same
 * connection) records, for each key, the target's content hash before the
 * append and, once written, after it. The ledger is written before the
 * target, so a crash between the two is seen on the next attempt: the
 * target still has its `before` content (append again) or has changed
 * (the append landed: record it and skip).
 *
 * @example
 * ```ts
 * import { MemoryConnection } from 'odibi-ts';
 * import { appendOnce } from 'odibi-ts/dist/src/node/append-once.js';
 * const data = new MemoryConnection('data');
 * const write = async () => data.writeBytes('log.csv', 'x\n1\n');
 * await appendOnce('run-1/orders', 'log.csv', data, write); // true: appended
 * await appendOnce('run-1/orders', 'log.csv', data, write); // false: that key appended already
 * ```
 */
import { createHash } from 'node:crypto';
import type { Connection } from '../connections/connection.js';

interface LedgerEntry {
  before: string;
  after?: string;
}

/** Runs `append` unless the append keyed `key` already reached `path`; true when it ran. */
export async function appendOnce(key: string, path: string, connection: Connection, append: () => Promise<void>): Promise<boolean> {
  const ledgerPath = ledgerOf(path);
  const ledger = await readLedger(connection, ledgerPath);
  const current = await contentHash(connection, path);
  const entry = ledger[key];
  if (entry && (entry.after === current || (entry.after === undefined && entry.before !== current))) {
    if (entry.after === undefined) await writeLedger(connection, ledgerPath, { ...ledger, [key]: { before: entry.before, after: current } });
    return false;
  }
  await writeLedger(connection, ledgerPath, { ...ledger, [key]: { before: current } });
  await append();
  await writeLedger(connection, ledgerPath, { ...ledger, [key]: { before: current, after: await contentHash(connection, path) } });
  return true;
}

/** The ledger's path: hidden, beside the target. */
export function ledgerOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.odibi-appends.json`;
}

async function contentHash(connection: Connection, path: string): Promise<string> {
  if (!(await connection.exists(path))) return 'absent';
  return createHash('sha256').update(await connection.readBytes(path)).digest('hex');
}

async function readLedger(connection: Connection, path: string): Promise<Record<string, LedgerEntry>> {
  if (!(await connection.exists(path))) return {};
  return JSON.parse(new TextDecoder().decode(await connection.readBytes(path))) as Record<string, LedgerEntry>;
}

function writeLedger(connection: Connection, path: string, ledger: Record<string, LedgerEntry>): Promise<void> {
  return connection.writeBytes(path, `${JSON.stringify(ledger, null, 1)}\n`);
}
