import * as schema from '@mewayz/db/schema';
import { Client } from '@planetscale/database';
import { drizzle, type PlanetScaleDatabase } from 'drizzle-orm/planetscale-serverless';

export type Schema = typeof schema;
/** The drizzle database over the PlanetScale HTTP driver (production) or the local gateway. */
export type Db = PlanetScaleDatabase<Schema>;

/**
 * Connect to the primary. `url` is `https://user:pass@host` in production and
 * `http://user:pass@127.0.0.1:3900` locally; the driver keeps `http:` only when spelt exactly so.
 */
export function createDb(url: string): Db {
  return drizzle({ client: new Client({ url }), schema });
}
