export { dropDatabase, migrateDatabase, migrationsFolder } from './migrate.ts';
export { defaultMysqlUrl, type MysqlTarget, parseMysqlUrl } from './mysql-url.ts';
