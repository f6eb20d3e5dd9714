import { emailOutbox } from '@mewayz/db/schema';
import { count, desc, eq, like } from 'drizzle-orm';
import type { Db } from '../data/db.ts';
import { dbOf, type HasDb } from '../data/db-handle.ts';
import { newId } from '../ids.ts';
import { type EmailAttachment, type EmailMessage, type Mailer, withDisplayName } from './mailer.ts';

/**
 * The dev adapter: "sending" stores the message in `email_outbox`, where the dashboard and
 * `npm run mewayz -- outbox` show it. Nothing leaves the machine.
 */
export function outboxMailer(db: Db): Mailer {
  return {
    idempotent: true,
    async send(message: EmailMessage) {
      const id = newId('email');
      const headers = {
        // The platform's own address is the deployment's; the outbox shows only what differs per message.
        ...(message.fromAddress
          ? { From: withDisplayName(message.fromAddress, message.fromName) }
          : message.fromName
            ? { From: message.fromName }
            : {}),
        ...(message.replyTo ? { 'Reply-To': message.replyTo } : {}),
        ...message.headers,
      };
      // Like a provider's idempotency key: a second message with the same key is not stored again.
      await db
        .insert(emailOutbox)
        .ignore()
        .values({
          id,
          organizationId: message.organizationId ?? null,
          toAddress: message.to,
          subject: message.subject.slice(0, 255),
          textBody: message.text,
          htmlBody: message.html ?? null,
          attachments: message.attachments?.length ? message.attachments : null,
          provider: 'outbox',
          headers: Object.keys(headers).length ? headers : null,
          idempotencyKey: message.idempotencyKey ?? null,
        });
      return { id, provider: 'outbox', providerMessageId: null };
    },
  };
}

export interface OutboxEntry {
  id: string;
  organizationId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: EmailAttachment[];
  headers: Record<string, string>;
  provider: string;
  createdAt: string;
}

/** The most recent outbox messages, optionally to one address (newest first). */
export async function listOutbox(db: Db, opts: { to?: string; limit?: number } = {}): Promise<OutboxEntry[]> {
  const limit = Math.min(Math.max(opts.limit ?? 20, 1), 200);
  const base = db.select().from(emailOutbox);
  const rows = await (opts.to ? base.where(eq(emailOutbox.toAddress, opts.to.toLowerCase())) : base)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
  return rows.map(outboxEntry);
}

function outboxEntry(r: typeof emailOutbox.$inferSelect): OutboxEntry {
  return {
    id: r.id,
    organizationId: r.organizationId,
    to: r.toAddress,
    subject: r.subject,
    text: r.textBody,
    html: r.htmlBody,
    attachments: r.attachments ?? [],
    headers: r.headers ?? {},
    provider: r.provider,
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * One page of the outbox, newest first, with the total: `to` keeps the messages whose recipient
 * contains it (a whole address or a part such as the domain).
 */
export async function listOutboxPage(
  deps: HasDb,
  opts: { to?: string; page: number; perPage: number },
): Promise<{ items: OutboxEntry[]; total: number }> {
  const db = dbOf(deps);
  const needle = opts.to?.trim().toLowerCase();
  const where = needle ? like(emailOutbox.toAddress, `%${needle.replace(/[%_\\]/g, '\\$&')}%`) : undefined;
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(emailOutbox)
      .where(where)
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(opts.perPage)
      .offset((opts.page - 1) * opts.perPage),
    db.select({ n: count() }).from(emailOutbox).where(where),
  ]);
  return { items: rows.map(outboxEntry), total: Number(counted?.n ?? 0) };
}
