export { createMailer, type MailerConfig } from './create-mailer.ts';
export { type ElasticEmailOptions, EmailSendFailed, elasticEmailMailer } from './elastic-email.ts';
export {
  type EmailMessage,
  escapeHtml,
  type Mailer,
  type SentEmail,
  withDisplayName,
} from './mailer.ts';
export { listOutbox, listOutboxPage, type OutboxEntry, outboxMailer } from './outbox.ts';
export { type ResendOptions, resendMailer } from './resend.ts';
