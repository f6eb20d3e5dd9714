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
  /** The secret path segment of Elastic Email's notification URL (it does not sign), when configured. */
  elasticWebhookToken?: string;
  /** What a sending domain's DNS records point at. */
  sendingDns?: SendingDnsSettings;
}

/** The provider-specific parts of a sending domain's records. */
export interface SendingDnsSettings {
  /** The host SPF records must `include:`. */
  spfInclude: string;
  /** Target of the `bounces.<domain>` CNAME, or null where the provider needs none. */
  returnPathTarget: string | null;
  /** Where DMARC aggregate reports go (`rua=`) in the record we suggest. */
  dmarcReports: string;
}

/** Defaults under the platform's own root domain, which a deployment overrides with its provider's hosts. */
export function sendingDnsSettingsOf(
  vars: { EMAIL_SPF_INCLUDE?: string; EMAIL_RETURN_PATH_TARGET?: string },
  rootDomain: string,
): SendingDnsSettings {
  const returnPath = vars.EMAIL_RETURN_PATH_TARGET ?? `bounces.${rootDomain}`;
  return {
    spfInclude: (vars.EMAIL_SPF_INCLUDE ?? `_spf.${rootDomain}`).toLowerCase(),
    returnPathTarget: returnPath === 'off' ? null : returnPath.toLowerCase(),
    dmarcReports: `dmarc-reports@${rootDomain}`,
  };
}

export function campaignSettingsOf(
  vars: {
    EMAIL_TRACKING_SECRET?: string;
    ENCRYPTION_KEYS?: string;
    CAMPAIGN_RATE_PER_MINUTE: number;
    RESEND_WEBHOOK_SECRET?: string;
    ELASTIC_EMAIL_WEBHOOK_TOKEN?: string;
    EMAIL_SPF_INCLUDE?: string;
    EMAIL_RETURN_PATH_TARGET?: string;
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
    elasticWebhookToken: vars.ELASTIC_EMAIL_WEBHOOK_TOKEN,
    sendingDns: sendingDnsSettingsOf(vars, config.rootDomain),
  };
}
