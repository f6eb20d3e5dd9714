import { sql } from 'drizzle-orm';
import { datetime, varchar } from 'drizzle-orm/mysql-core';

/** Application-generated, prefixed, sortable id (`site_01J…`), safe to expose and known before insert. */
export const idColumn = (name = 'id') => varchar(name, { length: 40 });

/** Every tenant-owned row carries its organization; it leads the table's composite indexes. */
export const orgColumn = () => varchar('organization_id', { length: 40 }).notNull();

/** UTC instant with millisecond precision, as a JS Date. */
export const instant = (name: string) => datetime(name, { mode: 'date', fsp: 3 });

export const createdAt = () => instant('created_at').notNull().default(sql`CURRENT_TIMESTAMP(3)`);

export const updatedAt = () =>
  instant('updated_at')
    .notNull()
    .default(sql`CURRENT_TIMESTAMP(3)`)
    .$onUpdate(() => new Date());

export const deletedAt = () => instant('deleted_at');
