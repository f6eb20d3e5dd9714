import { elasticPostback } from '../campaigns/provider-webhook.ts';
import { toBase64, utf8 } from '../crypto/encoding.ts';
import { newId } from '../ids.ts';
import { type EmailMessage, type Mailer, withDisplayName } from './mailer.ts';

export interface ElasticEmailOptions {
  apiKey: string;
  /** `Name <address>` or a bare address; must be on a domain verified with Elastic Email. */
  from: string;
  /** API origin; tests point it at a local fake server. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export class EmailSendFailed extends Error {}

/**
 * Elastic Email's REST API v4: `POST /v4/emails/transactional` with the key in
 * `X-ElasticEmail-ApiKey`. The answer carries the provider's TransactionID and MessageID.
 */
export function elasticEmailMailer(opts: ElasticEmailOptions): Mailer {
  const baseUrl = (opts.baseUrl ?? 'https://api.elasticemail.com').replace(/\/+$/, '');
  const doFetch = opts.fetch ?? fetch;
  return {
    async send(message: EmailMessage) {
      const body = [{ ContentType: 'PlainText', Charset: 'utf-8', Content: message.text }];
      if (message.html) body.unshift({ ContentType: 'HTML', Charset: 'utf-8', Content: message.html });
      const res = await doFetch(`${baseUrl}/v4/emails/transactional`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-elasticemail-apikey': opts.apiKey },
        body: JSON.stringify({
          Recipients: { To: [message.to] },
          Content: {
            From: withDisplayName(message.fromAddress || opts.from, message.fromName),
            Subject: message.subject,
            Body: body,
            ...(message.replyTo ? { ReplyTo: message.replyTo } : {}),
            ...(message.headers ? { Headers: message.headers } : {}),
            // Echoed as `postback` in Elastic's notifications: how a bounce finds its campaign and contact.
            ...(message.tags ? { Postback: elasticPostback(message.tags) } : {}),
            ...(message.attachments?.length
              ? {
                  Attachments: message.attachments.map((a) => ({
                    Name: a.filename,
                    ContentType: a.contentType,
                    BinaryContent: toBase64(utf8.encode(a.content)),
                  })),
                }
              : {}),
          },
        }),
      });
      if (!res.ok) {
        // The provider's error text is for the logs; it never contains our key.
        const detail = (await res.text().catch(() => '')).slice(0, 300);
        throw new EmailSendFailed(`Elastic Email answered HTTP ${res.status}: ${detail}`);
      }
      const json = (await res.json().catch(() => ({}))) as { TransactionID?: string; MessageID?: string };
      return {
        id: newId('email'),
        provider: 'elastic',
        providerMessageId: json.MessageID ?? json.TransactionID ?? null,
      };
    },
  };
}
