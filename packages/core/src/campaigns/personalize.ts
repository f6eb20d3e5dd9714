import type { EmailMessage } from '../email/mailer.ts';
import { applyMergeFields, type MergeValues } from './merge-fields.ts';
import type { CampaignSettings } from './settings.ts';
import { signTracking } from './tracking-tokens.ts';

export interface Recipient {
  organizationId: string;
  campaignId: string;
  contactId: string;
  email: string;
  values: MergeValues;
}

export interface FrozenCampaign {
  subject: string;
  fromName: string;
  /** The organization's verified sending address, or null for the platform's. */
  fromAddress?: string | null;
  replyTo: string | null;
  html: string;
  text: string;
}

const hrefPattern = /(<a\b[^>]*?\shref=")(https?:\/\/[^"]+)(")/gi;

/**
 * One recipient's email: merge fields filled (escaped in HTML), every http(s) link through a signed
 * click redirect, an open pixel, the unsubscribe URL in the footer and in `List-Unsubscribe` with
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058), and the idempotency key
 * `<campaign>:<contact>` so a retried send is not a second email at providers that honour it.
 */
export async function personalize(
  settings: CampaignSettings,
  campaign: FrozenCampaign,
  r: Recipient,
): Promise<EmailMessage> {
  const ids = { organizationId: r.organizationId, campaignId: r.campaignId, contactId: r.contactId };
  const unsubscribeToken = await signTracking(settings.trackingSecret, { kind: 'unsubscribe', ...ids });
  const unsubscribeUrl = `${settings.origin}/e/u/${unsubscribeToken}`;
  const values = { ...r.values, unsubscribe_url: unsubscribeUrl };
  const merged = applyMergeFields(campaign.html, values, 'html');
  const urls = new Map<string, string>();
  for (const m of merged.matchAll(hrefPattern)) {
    const url = decodeEntities(m[2]!);
    if (url === unsubscribeUrl || urls.has(url)) continue;
    const token = await signTracking(settings.trackingSecret, { kind: 'click', ...ids, url });
    urls.set(url, `${settings.origin}/e/c/${token}`);
  }
  const tracked = merged.replace(hrefPattern, (all, open: string, href: string, close: string) => {
    const to = urls.get(decodeEntities(href));
    return to ? `${open}${to}${close}` : all;
  });
  const pixel = `<img src="${settings.origin}/e/o/${await signTracking(settings.trackingSecret, { kind: 'open', ...ids })}.gif" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0" />`;
  const html = tracked.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${pixel}</body>`);
  const mailto = `mailto:unsubscribe@${settings.mailDomain}?subject=${encodeURIComponent(`unsubscribe ${unsubscribeToken}`)}`;
  return {
    to: r.email,
    organizationId: r.organizationId,
    subject: applyMergeFields(campaign.subject, r.values, 'text'),
    text: applyMergeFields(campaign.text, values, 'text'),
    html,
    fromName: campaign.fromName,
    ...(campaign.fromAddress ? { fromAddress: campaign.fromAddress } : {}),
    replyTo: campaign.replyTo,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>, <${mailto}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    idempotencyKey: `${r.campaignId}:${r.contactId}`,
    tags: { campaign: r.campaignId, contact: r.contactId, organization: r.organizationId },
  };
}

function decodeEntities(href: string): string {
  return href
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
