import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/mysql2';
import { migrate } from 'drizzle-orm/mysql2/migrator';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrationsFolder } from '../src/migrate.ts';
import { parseMysqlUrl } from '../src/mysql-url.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    mysqlUrl: string;
    runId: string;
  }
}

/**
 * Migration 0023's data fix on a database migrated up to 0022: contacts an import stored as
 * `unsubscribed` for want of a "never asked" state become `not_subscribed`, unless their address is on
 * their organization's suppression list; every other contact keeps its state.
 */
const database = `mewayz_mig_${inject('runId')}`;
let conn: mysql.Connection;
let upTo0022: string;

/** A copy of the migrations whose journal stops before the one tagged `tag…`. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mewayz-migrations-'));
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const cut = journal.entries.findIndex((e) => e.tag.startsWith(tag));
  if (cut < 1) throw new Error(`no migration ${tag} in the journal`);
  const entries = journal.entries.slice(0, cut);
  for (const e of entries) copyFileSync(join(migrationsFolder, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  mkdirSync(join(dir, 'meta'));
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

beforeAll(async () => {
  const target = parseMysqlUrl(inject('mysqlUrl'));
  conn = await mysql.createConnection({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    timezone: 'Z',
  });
  await conn.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.query(`USE \`${database}\``);
  upTo0022 = migrationsBefore('0023_');
});

afterAll(async () => {
  await conn?.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await conn?.end();
  if (upTo0022) rmSync(upTo0022, { recursive: true, force: true });
});

describe('migration 0023: never-asked contacts', () => {
  it('turns import-set unsubscribes into not_subscribed, and leaves suppressed addresses and other states', async () => {
    await migrate(drizzle(conn), { migrationsFolder: upTo0022 });
    const rows: [string, string, string, string, string][] = [
      // id, organization, email, consent_status, consent_method
      ['con_a', 'org_1', 'quiet@example.test', 'unsubscribed', 'import'],
      ['con_b', 'org_1', 'left@example.test', 'unsubscribed', 'import'],
      ['con_c', 'org_1', 'clicked@example.test', 'unsubscribed', 'unsubscribe_link'],
      ['con_d', 'org_1', 'glad@example.test', 'subscribed', 'import'],
      ['con_e', 'org_1', 'gone@example.test', 'bounced', 'import'],
      // The suppression of org_1 says nothing about org_2's contact with the same address.
      ['con_f', 'org_2', 'left@example.test', 'unsubscribed', 'import'],
    ];
    for (const [id, org, email, status, method] of rows)
      await conn.query(
        'INSERT INTO contacts (id, organization_id, email, source, consent_status, consent_method) VALUES (?, ?, ?, ?, ?, ?)',
        [id, org, email, 'import', status, method],
      );
    await conn.query(
      "INSERT INTO email_suppressions (organization_id, email, reason) VALUES ('org_1', 'left@example.test', 'unsubscribed')",
    );

    await migrate(drizzle(conn), { migrationsFolder });

    const [after] = (await conn.query('SELECT id, consent_status FROM contacts ORDER BY id')) as unknown as [
      { id: string; consent_status: string }[],
    ];
    expect(Object.fromEntries(after.map((r) => [r.id, r.consent_status]))).toEqual({
      con_a: 'not_subscribed',
      con_b: 'unsubscribed',
      con_c: 'unsubscribed',
      con_d: 'subscribed',
      con_e: 'bounced',
      con_f: 'not_subscribed',
    });
  });
});
