/** One outgoing email. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The organization on whose behalf it is sent, when there is one (for the outbox view). */
  organizationId?: string | null;
  /** Display name for the sending address (a campaign's "from name"). */
  fromName?: string;
  /**
   * The organization's own address on a verified sending domain; absent, the platform's address is
   * used (under `fromName`). Callers get it from `sendingDomainsService.senderAddressOf`, never input.
   */
  fromAddress?: string | null;
  replyTo?: string | null;
  /** Extra headers: `List-Unsubscribe`, `List-Unsubscribe-Post`. */
  headers?: Record<string, string>;
  /**
   * The sender's key for this message. Providers that support it (Resend, the outbox) deliver a
   * message once per key, so a send retried after a lost answer is not a second email.
   */
  idempotencyKey?: string;
  /** Metadata echoed back by the provider's webhooks (bounces, complaints). */
  tags?: Record<string, string>;
  /** Text files sent with it (a booking's `invite.ics`). */
  attachments?: EmailAttachment[];
}

export interface EmailAttachment {
  filename: string;
  /** With its parameters, e.g. `text/calendar; charset=utf-8; method=REQUEST`. */
  contentType: string;
  content: string;
}

export interface SentEmail {
  id: string;
  provider: string;
  providerMessageId: string | null;
}

/** Sends email: the dev outbox by default, an HTTP provider when configured. */
export interface Mailer {
  send(message: EmailMessage): Promise<SentEmail>;
  /** True when a resend with the same `idempotencyKey` is never a second email. */
  readonly idempotent?: boolean;
}

/** `Name <address>`: the platform's address under another display name (quotes kept out). */
export function withDisplayName(from: string, name: string | undefined): string {
  if (!name) return from;
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
  return `"${name.replace(/["\\\r\n<>]/g, '')}" <${address}>`;
}

/** Escape text for the small HTML bodies the platform writes. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}
