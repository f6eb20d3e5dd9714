import { type CampaignBatchMessage, campaignsService } from '@mewayz/core';
import type { JobsDeps } from '../deps.ts';
import type { JobsEnv } from '../env.ts';

/** A batch with sends to retry (or a crash) comes back after this. */
const retrySeconds = 5;
const idPattern = /^[a-z]{2,5}_[0-9a-z]{26}$/;

/**
 * The `campaign-sends` queue: each message means "send the next batch of this campaign". The batch
 * claims its recipients' rows before sending, so a redelivered or duplicated message never sends a row
 * another claim holds, and a batch that failed midway only leaves its unsent rows pending — the retry
 * (or any other message of the campaign) picks them up. A batch that claimed something is followed
 * by another message, so a campaign keeps going between cron ticks within the organization's rate.
 */
export async function consumeCampaignSends(batch: MessageBatch<unknown>, env: JobsEnv, deps: JobsDeps) {
  for (const msg of batch.messages) {
    const body = msg.body as Partial<CampaignBatchMessage> | null;
    if (!body || !idPattern.test(String(body.organizationId)) || !idPattern.test(String(body.campaignId))) {
      deps.log.error('malformed campaign-sends message', { messageId: msg.id });
      msg.ack();
      continue;
    }
    const message = {
      organizationId: body.organizationId!,
      campaignId: body.campaignId!,
      ...(typeof body.chain === 'string' && idPattern.test(body.chain) ? { chain: body.chain } : {}),
    };
    try {
      const result = await campaignsService.sendCampaignBatch(deps, message);
      deps.log.info('campaign batch', { campaign: message.campaignId, ...result });
      if (result.retry > 0) {
        msg.retry({ delaySeconds: retrySeconds });
        continue;
      }
      if (result.claimed > 0 && !result.finished) await env.CAMPAIGN_SENDS.send(message);
      msg.ack();
    } catch (err) {
      deps.log.error('campaign batch crashed', { campaign: message.campaignId, error: err });
      msg.retry({ delaySeconds: retrySeconds });
    }
  }
}

/** The cron's part: start due campaigns and kick sending ones (see core `runCampaignCron`). */
export function runCampaigns(env: JobsEnv, deps: JobsDeps, now: Date, only?: { organizationId: string }) {
  return campaignsService.runCampaignCron(
    deps,
    now,
    async (messages) => {
      for (let i = 0; i < messages.length; i += 100) {
        await env.CAMPAIGN_SENDS.sendBatch(messages.slice(i, i + 100).map((body) => ({ body })));
      }
    },
    only,
  );
}
