import type { Db } from './db.ts';

/**
 * The key under which the deps carry the database. It is a symbol exported only from core's
 * `admin` entry point, which lint keeps out of the Workers' and the dashboard's sources: a handler
 * holds the deps and passes them to core services, but cannot name the raw database to run an
 * unscoped query. Core reads it with `dbOf`.
 */
export const DB: unique symbol = Symbol('mewayz.db');

export interface HasDb {
  readonly [DB]: Db;
}

/** The database behind these deps (core, jobs' unscoped work, the CLI, seeds and tests). */
export function dbOf(deps: HasDb): Db {
  return deps[DB];
}

/** The same deps over another database handle (a transaction, or a test's failing wrapper). */
export function withDb<D extends HasDb>(deps: D, db: Db): D {
  return { ...deps, [DB]: db };
}
