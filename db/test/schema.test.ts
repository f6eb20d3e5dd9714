import { getTableConfig, type MySqlTable } from 'drizzle-orm/mysql-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../schema/index.ts';

const tables = (Object.values(schema) as unknown[]).filter(
  (v): v is MySqlTable => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v,
);

describe('schema tenancy rules', () => {
  it('finds the tables', () => {
    expect(tables.length).toBeGreaterThanOrEqual(15);
  });

  it.each(tables.map((t) => [getTableConfig(t).name, t] as const))(
    '%s is tenant-owned (organization_id NOT NULL leading its indexes) or explicitly unscoped',
    (name, table) => {
      const cfg = getTableConfig(table);
      if ((schema.unscopedTables as readonly string[]).includes(name)) return;
      const org = cfg.columns.find((c) => c.name === 'organization_id');
      expect(org, `${name} lacks organization_id`).toBeDefined();
      expect(org?.notNull, `${name}.organization_id must be NOT NULL`).toBe(true);
      // Every non-unique index leads with the organization, the natural sharding key. Unique
      // indexes are global lookup keys of the edge (host, short code) and may stand alone.
      for (const idx of cfg.indexes) {
        if (idx.config.unique || (schema.crossTenantIndexes as readonly string[]).includes(idx.config.name))
          continue;
        const cols = idx.config.columns as { name: string }[];
        expect(cols[0]?.name, `${name}.${idx.config.name}`).toBe('organization_id');
      }
      for (const pk of cfg.primaryKeys) {
        expect(pk.columns[0]?.name, `${name} primary key`).toBe('organization_id');
      }
    },
  );

  it('the unscoped allowlist names only real tables', () => {
    const names = new Set(tables.map((t) => getTableConfig(t).name));
    for (const n of schema.unscopedTables) expect(names.has(n), n).toBe(true);
  });
});
