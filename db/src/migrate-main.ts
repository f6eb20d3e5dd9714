import { migrateDatabase } from './migrate.ts';
import { defaultMysqlUrl } from './mysql-url.ts';

const url = process.env.MYSQL_URL ?? defaultMysqlUrl;
try {
  await migrateDatabase(url);
  console.log(`migrations applied to ${url.replace(/\/\/[^@]*@/, '//')}`);
} catch (err) {
  console.error(`migration failed: ${(err as Error).message}`);
  process.exit(1);
}
