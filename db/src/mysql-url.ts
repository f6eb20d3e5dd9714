/** The parts of a `mysql://user:pass@host:port/db` URL that mysql2 needs. */
export interface MysqlTarget {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

export function parseMysqlUrl(url: string): MysqlTarget {
  const u = new URL(url);
  if (u.protocol !== 'mysql:') throw new Error(`MYSQL_URL must start with mysql:// (got ${u.protocol})`);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(database))
    throw new Error(`MYSQL_URL needs a database name of letters, digits and _ (got "${database}")`);
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password),
    database,
  };
}

export const defaultMysqlUrl = 'mysql://root@127.0.0.1:3306/mewayz';
