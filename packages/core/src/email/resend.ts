import { toBase64, utf8 } from '../crypto/encoding.ts';
import { newId } from '../ids.ts';
import { EmailSendFailed } from './elastic-email.ts';
import { type EmailMessage, type Mailer, withDisplayName } from './mailer.ts';

export interface ResendOptions {
  apiKey: string;
  /** `Name <address>` on a domain verified with Resend. */
  from: string;
  /** API origin; tests and `npm start` point it at the devstack's fake. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/**
 * Resend's REST API: `POST /emails` with a bearer key. Its `Idempotency-Key` header makes a resend with
 * the same key return the first email instead of sending another (kept 24 h), which is what lets a
 * campaign retry a send whose answer was lost. Tags come back in its webhooks.
 */
export function resendMailer(opts: ResendOptions): Mailer {
  const baseUrl = (opts.baseUrl ?? 'https://api.resend.com').replace(/\/+$/, '');
  const doFetch = opts.fetch ?? fetch;
  return {
    idempotent: true,
    async send(message: EmailMessage) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        authorization: `Bearer ${opts.apiKey}`,
      };
      if (message.idempotencyKey) headers['idempotency-key'] = message.idempotencyKey.slice(0, 256);
      const res = await doFetch(`${baseUrl}/emails`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          from: withDisplayName(message.fromAddress || opts.from, message.fromName),
          to: [message.to],
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          ...(message.replyTo ? { reply_to: message.replyTo } : {}),
          ...(message.headers ? { headers: message.headers } : {}),
          ...(message.attachments?.length
            ? {
                attachments: message.attachments.map((a) => ({
                  filename: a.filename,
                  content: toBase64(utf8.encode(a.content)),
                  content_type: a.contentType,
                })),
              }
            : {}),
          ...(message.tags
            ? { tags: Object.entries(message.tags).map(([name, value]) => ({ name, value })) }
            : {}),
        }),
      });
      if (!res.ok) {
        const detail = (await res.text().catch(() => '')).slice(0, 300);
        throw new EmailSendFailed(`Resend answered HTTP ${res.status}: ${detail}`);
      }
      const json = (await res.json().catch(() => ({}))) as { id?: string };
      return { id: newId('email'), provider: 'resend', providerMessageId: json.id ?? null };
    },
  };
}
