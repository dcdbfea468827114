import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { lockDownDatabase } from '../../../src/engine/duckdb/lock-down-database.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-lock-down-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

// The second line of defence: even SQL that the check let through cannot leave the allowed folders.
test('a locked-down database reads its folder only, writes, attaches and installs nothing elsewhere, and cannot be unlocked', async () => {
  const allowed = path.join(tmp, 'allowed');
  const outside = path.join(tmp, 'outside');
  for (const folder of [allowed, outside]) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'x.csv'), 'a\n1\n');
  }
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await lockDownDatabase(connection, [allowed]);
    const rows = await connection.runAndReadAll(`SELECT * FROM read_csv('${allowed}/x.csv')`);
    assert.equal(rows.getRows().length, 1);
    for (const sql of [
      `SELECT * FROM read_csv('${outside}/x.csv')`, "SELECT * FROM read_text('/etc/hostname')", `COPY (SELECT 1) TO '${outside}/y.csv'`,
      `ATTACH '${outside}/x.db'`, 'INSTALL httpfs', 'SET enable_external_access = true', "SET allowed_directories = ['/']",
    ]) await assert.rejects(connection.run(sql), /Permission Error|Invalid Input Error|locked|disabled/i, sql);
    assert.equal(existsSync(path.join(outside, 'y.csv')), false);
    assert.equal(existsSync(path.join(outside, 'x.db')), false);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
});
