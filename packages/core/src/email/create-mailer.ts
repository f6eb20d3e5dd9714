import type { Db } from '../data/db.ts';
import { elasticEmailMailer } from './elastic-email.ts';
import type { Mailer } from './mailer.ts';
import { outboxMailer } from './outbox.ts';
import { resendMailer } from './resend.ts';

export interface MailerConfig {
  /** `outbox` (default, local), `elastic` (Elastic Email v4) or `resend`. */
  provider: 'outbox' | 'elastic' | 'resend';
  from: string;
  elasticApiKey?: string;
  elasticBaseUrl?: string;
  resendApiKey?: string;
  resendBaseUrl?: string;
}

/** The mailer a deployment's settings ask for; every transport (edge, dashboard, jobs) builds it here. */
export function createMailer(db: Db, config: MailerConfig): Mailer {
  if (config.provider === 'elastic') {
    if (!config.elasticApiKey) throw new Error('EMAIL_PROVIDER=elastic needs ELASTIC_EMAIL_API_KEY');
    return elasticEmailMailer({
      apiKey: config.elasticApiKey,
      from: config.from,
      baseUrl: config.elasticBaseUrl,
    });
  }
  if (config.provider === 'resend') {
    if (!config.resendApiKey) throw new Error('EMAIL_PROVIDER=resend needs RESEND_API_KEY');
    return resendMailer({ apiKey: config.resendApiKey, from: config.from, baseUrl: config.resendBaseUrl });
  }
  return outboxMailer(db);
}
