/** One outgoing email. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The organization on whose behalf it is sent, when there is one (for the outbox view). */
  organizationId?: string | null;
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
}

/** Escape text for the small HTML bodies the platform writes. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}
