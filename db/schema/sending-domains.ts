import { index, json, mysqlTable, text, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { createdAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

export const sendingDomainStatusValues = ['pending', 'verified', 'failed'] as const;
export type SendingDomainStatus = (typeof sendingDomainStatusValues)[number];

/** The DNS records a sending domain needs, each checked on its own. */
export const sendingRecordKinds = ['spf', 'dkim', 'dmarc', 'return_path'] as const;
export type SendingRecordKind = (typeof sendingRecordKinds)[number];

/** What the last check found for one record: whether it passed, what was there and why it failed. */
export interface SendingRecordCheck {
  ok: boolean;
  /** The value(s) found at the record's name, joined with ` | ` (trimmed), or null when none. */
  found: string | null;
  /** Why it did not pass, in words the creator can act on. */
  problem: string | null;
}

/**
 * An organization's own domain for the From address of its email. Unique per organization only: a
 * second workspace naming the same domain cannot verify it, since its DKIM key is its own.
 */
export const sendingDomains = mysqlTable(
  'sending_domains',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    /** Normalised like custom domains: lower-case ASCII (punycode), no trailing dot. */
    domain: varchar('domain', { length: 253 }).notNull(),
    status: varchar('status', { length: 16 }).$type<SendingDomainStatus>().notNull().default('pending'),
    dkimSelector: varchar('dkim_selector', { length: 63 }).notNull(),
    /** The `p=` value of the DKIM record: the public key as base64 SPKI. */
    dkimPublicKey: text('dkim_public_key').notNull(),
    /** The PKCS#8 private key, sealed by the secret box (`<keyId>:<iv>:<ciphertext>`). */
    dkimPrivateKey: text('dkim_private_key').notNull(),
    /** Per record kind, the result of the last check (null before the first). */
    checks: json('checks').$type<Partial<Record<SendingRecordKind, SendingRecordCheck>>>(),
    verifiedAt: instant('verified_at'),
    lastCheckedAt: instant('last_checked_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('sending_domains_org_domain_uq').on(t.organizationId, t.domain),
    index('sending_domains_recheck_idx').on(t.lastCheckedAt),
  ],
);
