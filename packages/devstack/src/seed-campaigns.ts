import {
  type Actor,
  type CampaignBatchMessage,
  type CoreDeps,
  campaignsService,
  type Mailer,
  type TenantScope,
} from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { campaignSends, emailCampaigns } from '@mewayz/db/schema';
import { eq } from 'drizzle-orm';

const templateName = 'Studio letter';
const campaignName = 'November studio letter';
const draftName = 'December open studio';

export const demoLetterMjml = `<mjml>
  <mj-head>
    <mj-attributes><mj-all font-family="Georgia, serif" /><mj-text font-size="16px" line-height="24px" color="#1f2937" /></mj-attributes>
  </mj-head>
  <mj-body background-color="#f4f1ec">
    <mj-section background-color="#ffffff" padding="32px 24px">
      <mj-column>
        <mj-text font-size="24px" font-weight="bold">New prints in the shop</mj-text>
        <mj-text>Hi {{ first_name | "there" }},</mj-text>
        <mj-text>Three new risograph prints from the Lisbon series are in the shop this week, in small editions of fifty.</mj-text>
        <mj-button background-color="#b45309" href="http://alice.mewayz.localhost:8787/store">See the new prints</mj-button>
        <mj-text>Thank you for following along,<br />Alice</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;

/**
 * The demo's email marketing: sender settings, one template and one campaign sent to the newsletter
 * tag through the real sending path (into the dev outbox), with some results recorded the way the edge
 * records them — opens, clicks, a machine open, an unsubscribe and a bounce. Idempotent by name.
 */
export async function seedDemoCampaigns(
  deps: CoreDeps & { mailer: Mailer },
  scope: TenantScope,
  actor: Actor,
  trackingSecret: string,
) {
  const settings = campaignsService.campaignSettingsOf(
    { EMAIL_TRACKING_SECRET: trackingSecret, CAMPAIGN_RATE_PER_MINUTE: 100_000 },
    deps.config,
  );
  const sending = { ...deps, campaigns: settings };
  const current = await campaignsService.getSenderSettings(deps, scope);
  if (!current.postalAddress)
    await campaignsService.updateSenderSettings(deps, scope, actor, {
      postalAddress: 'Alice Rivera Studio\nRua das Flores 12\n1200-195 Lisbon, Portugal',
      fromName: 'Alice Rivera',
    });
  const templates = await campaignsService.listTemplates(deps, scope, { page: 1, perPage: 100 });
  const template =
    templates.items.find((t) => t.name === templateName) ??
    (await campaignsService.createTemplate(deps, scope, actor, {
      name: templateName,
      subject: 'New prints, {{ first_name | "friend" }}',
      previewText: 'Three new risograph prints, fifty of each',
      mjml: demoLetterMjml,
    }));
  const campaigns = await campaignsService.listCampaigns(deps, scope, { page: 1, perPage: 100 });
  // A draft beside the sent letter, so the dashboard's campaigns show a next one to schedule.
  if (!campaigns.items.some((c) => c.name === draftName))
    await campaignsService.createCampaign(deps, scope, actor, {
      name: draftName,
      templateId: template.id,
      audience: { type: 'tags', tags: ['newsletter'] },
      subject: 'Open studio on the 14th, {{ first_name | "friend" }}',
      previewText: 'Mulled wine, seconds and a glaze demo',
      fromName: 'Alice Rivera',
    });
  if (campaigns.items.some((c) => c.name === campaignName)) return { campaigns: campaigns.items.length };
  const campaign = await campaignsService.createCampaign(deps, scope, actor, {
    name: campaignName,
    templateId: template.id,
    audience: { type: 'tags', tags: ['newsletter'] },
    subject: 'New prints, {{ first_name | "friend" }}',
    previewText: 'Three new risograph prints, fifty of each',
    fromName: 'Alice Rivera',
  });
  await campaignsService.sendCampaignNow(deps, scope, actor, campaign.id);
  const queue: CampaignBatchMessage[] = [];
  await campaignsService.startCampaign(sending, scope.orgId, campaign.id, new Date());
  queue.push({ organizationId: scope.orgId, campaignId: campaign.id });
  for (let i = 0; i < 50 && queue.length; i++) {
    const result = await campaignsService.sendCampaignBatch(sending, queue[0]!);
    if (result.finished || result.claimed === 0) queue.shift();
  }
  // Sent two hours ago, so the opens below are a reader's, not a scanner's seconds after delivery.
  const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
  await dbOf(deps)
    .update(campaignSends)
    .set({ sentAt: twoHoursAgo })
    .where(eq(campaignSends.campaignId, campaign.id));
  await dbOf(deps)
    .update(emailCampaigns)
    .set({ startedAt: twoHoursAgo, finishedAt: twoHoursAgo })
    .where(eq(emailCampaigns.id, campaign.id));
  const sends = await dbOf(deps)
    .select()
    .from(campaignSends)
    .where(eq(campaignSends.campaignId, campaign.id));
  const reader = {
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15',
    ip: '198.51.100.20',
    at: new Date(),
  };
  const ids = { organizationId: scope.orgId, campaignId: campaign.id };
  for (const [i, s] of sends.entries()) {
    const claims = { ...ids, contactId: s.contactId };
    if (i % 5 === 4)
      await campaignsService.recordEngagement(
        deps,
        { kind: 'open', ...claims },
        { ...reader, ip: '17.58.3.4', userAgent: 'Mozilla/5.0' },
      );
    else if (i % 3 !== 2) await campaignsService.recordEngagement(deps, { kind: 'open', ...claims }, reader);
    if (i % 4 === 0)
      await campaignsService.recordEngagement(
        deps,
        { kind: 'click', ...claims, url: 'http://alice.mewayz.localhost:8787/store' },
        reader,
      );
  }
  if (sends[1])
    await campaignsService.unsubscribeByToken(deps, { ...ids, contactId: sends[1].contactId }, new Date());
  if (sends[2])
    await campaignsService.applyProviderEvent(deps, {
      type: 'bounce',
      ...ids,
      contactId: sends[2].contactId,
      at: new Date(),
    });
  return { campaigns: campaigns.items.length + 1, sent: sends.length };
}
