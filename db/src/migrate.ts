import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/mysql2';
import { migrate } from 'drizzle-orm/mysql2/migrator';
import mysql from 'mysql2/promise';
import { parseMysqlUrl } from './mysql-url.ts';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * Create the database if it is missing (utf8mb4) and apply every pending drizzle-kit migration.
 * Runs over a direct mysql2 connection so SQL errors surface with their full text.
 */
export async function migrateDatabase(mysqlUrl: string): Promise<void> {
  const target = parseMysqlUrl(mysqlUrl);
  const conn = await mysql.createConnection({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    timezone: 'Z',
    connectTimeout: 5000,
  });
  try {
    await conn.query(
      `CREATE DATABASE IF NOT EXISTS \`${target.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    await conn.query(`USE \`${target.database}\``);
    await conn.query("SET time_zone = '+00:00'");
    await migrate(drizzle(conn), { migrationsFolder });
  } finally {
    await conn.end();
  }
}

/** Drop a database (used by test runs for their own throwaway databases). */
export async function dropDatabase(mysqlUrl: string): Promise<void> {
  const target = parseMysqlUrl(mysqlUrl);
  const conn = await mysql.createConnection({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
  });
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${target.database}\``);
  } finally {
    await conn.end();
  }
}
