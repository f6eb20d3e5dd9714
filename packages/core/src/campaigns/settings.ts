import { type PlatformConfig, publicOrigin } from '../deps.ts';

/** What sending and tracking campaigns needs from the deployment. */
export interface CampaignSettings {
  /** HMAC secret of tracking and unsubscribe tokens (shared by the jobs Worker, the edge and the dashboard). */
  trackingSecret: string;
  /** Origin of the root host, which answers `/e/…` (pixel, clicks, unsubscribe). */
  origin: string;
  /** Domain of the `mailto:` unsubscribe address. */
  mailDomain: string;
  /** Emails one organization may send per minute. */
  ratePerMinute: number;
  /** Signing secret of the provider's bounce/complaint webhook, when one is configured. */
  webhookSecret?: string;
}

export function campaignSettingsOf(
  vars: {
    EMAIL_TRACKING_SECRET?: string;
    ENCRYPTION_KEYS?: string;
    CAMPAIGN_RATE_PER_MINUTE: number;
    RESEND_WEBHOOK_SECRET?: string;
  },
  config: PlatformConfig,
): CampaignSettings {
  return {
    // A dedicated secret survives a rotation of ENCRYPTION_KEYS; without one, old links would stop
    // verifying after a rotation, so production sets EMAIL_TRACKING_SECRET.
    trackingSecret: vars.EMAIL_TRACKING_SECRET || vars.ENCRYPTION_KEYS || '',
    origin: publicOrigin(config, config.rootDomain),
    mailDomain: config.rootDomain,
    ratePerMinute: vars.CAMPAIGN_RATE_PER_MINUTE,
    webhookSecret: vars.RESEND_WEBHOOK_SECRET,
  };
}
