import {
  boolean,
  index,
  int,
  json,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  varchar,
} from 'drizzle-orm/mysql-core';
import { createdAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * `draft`: uploaded, the mapping not chosen yet. `queued` → `running` → `done` as the jobs Worker
 * applies chunks; `failed` when a chunk can never be read; `cancelled` by the creator.
 */
export const contactImportStatusValues = [
  'draft',
  'queued',
  'running',
  'done',
  'failed',
  'cancelled',
] as const;

/**
 * A CSV import of contacts. The file sits in R2 (`file_key`) next to its rows cut into chunks of
 * `chunk_size` (`<file_key>.<n>.json`); `processed` is the cursor: a chunk is applied in the same
 * transaction that moves it from the chunk's first row to the next one, so a redelivered message
 * finds it moved and applies nothing.
 */
export const contactImports = mysqlTable(
  'contact_imports',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    status: mysqlEnum('status', contactImportStatusValues).notNull().default('draft'),
    fileKey: varchar('file_key', { length: 300 }).notNull(),
    fileName: varchar('file_name', { length: 200 }).notNull(),
    fileBytes: int('file_bytes').notNull(),
    /** The header row as read, so the mapping form and the API can name the columns. */
    headers: json('headers').$type<string[]>().notNull(),
    /** One target per column (`email`, `name`, `tags`, `field:<key>`, `ignore`, …); null while a draft. */
    mapping: json('mapping').$type<string[]>(),
    /** "These people agreed to receive email": only then are new contacts subscribed. */
    consent: boolean('consent').notNull().default(false),
    totalRows: int('total_rows').notNull(),
    chunkSize: int('chunk_size').notNull(),
    processed: int('processed').notNull().default(0),
    created: int('created').notNull().default(0),
    updated: int('updated').notNull().default(0),
    /** Rows whose email an earlier row of the same file had: merged into that contact. */
    duplicates: int('duplicates').notNull().default(0),
    failed: int('failed').notNull().default(0),
    error: varchar('error', { length: 300 }),
    /**
     * Times the stall sweep re-sent this import's message because its cursor had not moved for a while
     * (the message was lost); past a few, the sweep fails the import instead.
     */
    stallRequeues: int('stall_requeues').notNull().default(0),
    createdBy: varchar('created_by', { length: 40 }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
  },
  (t) => [
    index('contact_imports_org_created_idx').on(t.organizationId, t.createdAt),
    // The stall sweep: queued and running imports by when they last moved.
    index('contact_imports_status_updated_idx').on(t.status, t.updatedAt),
  ],
);

/** A row an import could not apply, with why; written in its chunk's transaction, so never twice. */
export const contactImportErrors = mysqlTable(
  'contact_import_errors',
  {
    organizationId: orgColumn(),
    importId: varchar('import_id', { length: 40 }).notNull(),
    /** The row as a spreadsheet numbers it (the header is row 1); not `row_number`, a MySQL 8 keyword. */
    rowNumber: int('row_num').notNull(),
    email: varchar('email', { length: 254 }),
    reason: varchar('reason', { length: 300 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.importId, t.rowNumber] })],
);
