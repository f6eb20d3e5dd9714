import { emailOutbox } from '@mewayz/db/schema';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../data/db.ts';
import { newId } from '../ids.ts';
import type { EmailMessage, Mailer } from './mailer.ts';

/**
 * The dev adapter: "sending" stores the message in `email_outbox`, where the dashboard and
 * `npm run mewayz -- outbox` show it. Nothing leaves the machine.
 */
export function outboxMailer(db: Db): Mailer {
  return {
    async send(message: EmailMessage) {
      const id = newId('email');
      await db.insert(emailOutbox).values({
        id,
        organizationId: message.organizationId ?? null,
        toAddress: message.to,
        subject: message.subject.slice(0, 255),
        textBody: message.text,
        htmlBody: message.html ?? null,
        provider: 'outbox',
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
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organizationId,
    to: r.toAddress,
    subject: r.subject,
    text: r.textBody,
    html: r.htmlBody,
    provider: r.provider,
    createdAt: r.createdAt.toISOString(),
  }));
}
