export { dropDatabase, migrateDatabase, migrationsFolder } from './migrate.ts';
export { defaultMysqlUrl, parseMysqlUrl, type MysqlTarget } from './mysql-url.ts';
