import { and, count, eq, isNull, type SQL } from 'drizzle-orm';
import type { MySqlColumn, MySqlTable } from 'drizzle-orm/mysql-core';
import type { Db } from '../data/db.ts';
import type { OrgId } from './org-id.ts';

/** A table that one organization owns: it has an `organizationId` column. */
export type TenantTable = MySqlTable & { organizationId: MySqlColumn; deletedAt?: MySqlColumn };

type Row<T extends TenantTable> = T['$inferSelect'];
type NewRow<T extends TenantTable> = Omit<T['$inferInsert'], 'organizationId'>;
type Patch<T extends TenantTable> = Partial<Omit<T['$inferInsert'], 'organizationId' | 'id'>>;

export interface ListOptions {
  orderBy?: SQL | SQL[] | MySqlColumn | MySqlColumn[];
  limit?: number;
  offset?: number;
  /** Include soft-deleted rows (audit views, restores). */
  withDeleted?: boolean;
  /**
   * Lock the rows read until the transaction ends (`SELECT … FOR UPDATE`): read-then-write code that
   * runs concurrently takes turns, and the read sees the newest commit rather than a snapshot.
   * Only inside `transaction()`.
   */
  forUpdate?: boolean;
}

/**
 * Data access for one organization. Every method adds `organization_id = ?` itself and stamps it on
 * inserts; soft-deleted rows are hidden unless asked for. The raw query builder is not exposed, so
 * a query through a scope cannot reach another tenant's rows.
 */
export class TenantScope {
  constructor(
    private readonly db: Db,
    readonly orgId: OrgId,
  ) {}

  private where<T extends TenantTable>(table: T, where: SQL | undefined, withDeleted = false): SQL {
    const conds: (SQL | undefined)[] = [eq(table.organizationId, this.orgId), where];
    if (table.deletedAt && !withDeleted) conds.push(isNull(table.deletedAt));
    return and(...conds)!;
  }

  private stamped<T extends TenantTable>(values: NewRow<T> | NewRow<T>[]) {
    return (Array.isArray(values) ? values : [values]).map((v) => ({ ...v, organizationId: this.orgId }));
  }

  /** Rows of `table` matching `where`, in this organization. */
  async list<T extends TenantTable>(table: T, where?: SQL, opts: ListOptions = {}): Promise<Row<T>[]> {
    // biome-ignore lint/suspicious/noExplicitAny: drizzle's dynamic builder types do not survive generics.
    let q: any = this.db
      .select()
      .from(table as MySqlTable)
      .where(this.where(table, where, opts.withDeleted));
    if (opts.orderBy) q = q.orderBy(...(Array.isArray(opts.orderBy) ? opts.orderBy : [opts.orderBy]));
    if (opts.limit !== undefined) q = q.limit(opts.limit);
    if (opts.offset !== undefined) q = q.offset(opts.offset);
    if (opts.forUpdate) q = q.for('update');
    return (await q) as Row<T>[];
  }

  /** The first matching row, or null — a row of another organization is simply not found. */
  async first<T extends TenantTable>(table: T, where?: SQL, opts: ListOptions = {}): Promise<Row<T> | null> {
    const rows = await this.list(table, where, { ...opts, limit: 1 });
    return rows[0] ?? null;
  }

  async count<T extends TenantTable>(
    table: T,
    where?: SQL,
    opts: Pick<ListOptions, 'withDeleted'> = {},
  ): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(table as MySqlTable)
      .where(this.where(table, where, opts.withDeleted));
    return Number(row?.n ?? 0);
  }

  /** Selected columns with grouping, for aggregates such as analytics reports. */
  async aggregate<T extends TenantTable, F extends Record<string, SQL | MySqlColumn | SQL.Aliased>>(
    table: T,
    fields: F,
    where: SQL | undefined,
    opts: { groupBy?: (SQL | MySqlColumn)[]; orderBy?: (SQL | MySqlColumn)[]; limit?: number } = {},
  ) {
    // biome-ignore lint/suspicious/noExplicitAny: see list().
    let q: any = this.db
      .select(fields)
      .from(table as MySqlTable)
      .where(this.where(table, where));
    if (opts.groupBy?.length) q = q.groupBy(...opts.groupBy);
    if (opts.orderBy?.length) q = q.orderBy(...opts.orderBy);
    if (opts.limit !== undefined) q = q.limit(opts.limit);
    return (await q) as {
      [K in keyof F]: F[K] extends SQL<infer V> | SQL.Aliased<infer V>
        ? V
        : F[K] extends MySqlColumn
          ? F[K]['_']['data'] | (F[K]['_']['notNull'] extends true ? never : null)
          : unknown;
    }[];
  }

  /** Insert rows owned by this organization; `organization_id` is stamped here, never taken from input. */
  async insert<T extends TenantTable>(table: T, values: NewRow<T> | NewRow<T>[]): Promise<void> {
    const rows = this.stamped(values);
    if (rows.length === 0) return;
    // biome-ignore lint/suspicious/noExplicitAny: see list().
    await this.db.insert(table as any).values(rows as any);
  }

  /**
   * Insert rows unless their key is taken (`INSERT IGNORE`); returns how many went in. A key held by
   * another open transaction waits for it, so the answer is what that transaction committed.
   */
  async insertIgnore<T extends TenantTable>(table: T, values: NewRow<T> | NewRow<T>[]): Promise<number> {
    const rows = this.stamped(values);
    if (rows.length === 0) return 0;
    // biome-ignore lint/suspicious/noExplicitAny: see list().
    const res: any = await this.db
      .insert(table as any)
      .ignore()
      .values(rows as any);
    return Number(res.rowsAffected ?? 0);
  }

  /** Update matching rows of this organization; returns how many matched. */
  async update<T extends TenantTable>(table: T, patch: Patch<T>, where?: SQL): Promise<number> {
    // organization_id is never patchable: a row cannot be moved to another tenant.
    const { organizationId: _ignored, ...safe } = patch as Record<string, unknown>;
    // biome-ignore lint/suspicious/noExplicitAny: see list().
    const res: any = await this.db
      .update(table as any)
      .set(safe as any)
      .where(this.where(table, where));
    return Number(res.rowsAffected ?? 0);
  }

  /** Mark matching rows deleted (main entities are soft-deleted); returns how many. */
  async softDelete<T extends TenantTable>(table: T, where?: SQL): Promise<number> {
    if (!table.deletedAt) throw new Error('softDelete on a table without deleted_at');
    return this.update(table, { deletedAt: new Date() } as Patch<T>, where);
  }

  /** Delete matching rows for good (rows whose history lives in the audit log instead). */
  async hardDelete<T extends TenantTable>(table: T, where?: SQL): Promise<number> {
    // biome-ignore lint/suspicious/noExplicitAny: see list().
    const res: any = await this.db.delete(table as any).where(this.where(table, where, true));
    return Number(res.rowsAffected ?? 0);
  }

  /** Run `fn` in one database transaction, with a scope for the same organization. */
  transaction<R>(fn: (tx: TenantScope) => Promise<R>): Promise<R> {
    return this.db.transaction((tx) => fn(new TenantScope(tx as unknown as Db, this.orgId)));
  }
}

/** Data access scoped to one organization. */
export function forTenant(db: Db, orgId: OrgId): TenantScope {
  return new TenantScope(db, orgId);
}
