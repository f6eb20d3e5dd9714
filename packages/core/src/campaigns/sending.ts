import {
  campaignSends,
  contactInteractions,
  contacts,
  emailCampaigns,
  emailSuppressions,
  emailTemplates,
} from '@mewayz/db/schema';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../data/db.ts';
import { dbOf } from '../data/db-handle.ts';
import { retryingDeadlocks } from '../data/mysql-errors.ts';
import type { CoreDeps } from '../deps.ts';
import type { Mailer } from '../email/mailer.ts';
import { newId } from '../ids.ts';
import { inPool } from '../platform/pool.ts';
import { senderAddressOf } from '../sending-domains/from-address.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../tenancy/scope.ts';
import { audienceWhere } from './audience.ts';
import { contactMergeValues } from './merge-fields.ts';
import { personalize } from './personalize.ts';
import { customValues, mayReceive, sendFailure } from './recipients.ts';
import { compileEmail } from './render.ts';
import { readSenderSettings } from './sender-settings.ts';
import type { CampaignSettings } from './settings.ts';

/** One queue message: "send the next batch of this campaign". Any number may be in flight. */
export interface CampaignBatchMessage {
  organizationId: string;
  campaignId: string;
  /** The chain the message belongs to: its follow-up carries it on (see MAX_CHAINS). */
  chain?: string;
}
export type EnqueueBatches = (messages: CampaignBatchMessage[]) => Promise<void>;

export type SendingDeps = CoreDeps & { mailer: Mailer; campaigns?: CampaignSettings };

export const BATCH_SIZE = 50;
/**
 * At most this many chains of batch messages per campaign. Each message that claimed something sends
 * one follow-up, so a campaign holds about this many messages in the queue however large it is.
 */
export const MAX_CHAINS = 20;
/**
 * A chain that claimed something this recently is alive: the cron leaves its share to it. A chain can
 * end unseen (its message ran out of queue retries while the provider failed, or its Worker died); the
 * next kick after this long replaces it, while the living ones carry on.
 */
const LIVE_TTL_S = 90;
/** The campaign's chains, each scored by when it last claimed something (ms). */
const chainsKey = (campaignId: string) => `campaign-chains:${campaignId}`;
/** A message queued before chains had names belongs to this one. */
const unnamedChain = 'unnamed';
const chainOf = (msg: CampaignBatchMessage) => msg.chain ?? unnamedChain;

/** Let the next kick start chains for the campaign whatever ran before (a resume). */
export async function forgetLiveChains(deps: CoreDeps, campaignId: string) {
  await deps.redis.del(chainsKey(campaignId));
}

/** How many of the campaign's chains claimed something within LIVE_TTL_S (forgetting the others). */
async function liveChains(deps: CoreDeps, campaignId: string, now: Date): Promise<number> {
  const key = chainsKey(campaignId);
  const p = deps.redis.pipeline();
  p.zremrangebyscore(key, 0, now.getTime() - LIVE_TTL_S * 1000);
  p.zcard(key);
  const [, live] = (await p.exec()) as [number, number];
  return live;
}
/** A send claimed longer ago than this was interrupted (the Worker died); the sweep settles it. */
export const STALE_CLAIM_MS = 5 * 60_000;
const SEND_CONCURRENCY = 8;

function settingsOf(deps: SendingDeps): CampaignSettings {
  if (!deps.campaigns) throw new Error('campaign settings are missing from the deps');
  return deps.campaigns;
}

/**
 * The cron's part: start every due campaign (freeze its content, materialise its recipients) and kick
 * every sending campaign with batch messages within the per-organization rate. Sending campaigns also
 * get their interrupted claims settled here.
 */
export async function runCampaignCron(
  deps: SendingDeps,
  now: Date,
  enqueue: EnqueueBatches,
  /** One organization's campaigns only (an operator's run for one workspace; tests sharing a database). */
  only?: { organizationId: string },
) {
  const db = dbOf(deps);
  const mine = only ? eq(emailCampaigns.organizationId, only.organizationId) : undefined;
  const due = await db
    .select({ id: emailCampaigns.id, organizationId: emailCampaigns.organizationId })
    .from(emailCampaigns)
    .where(and(eq(emailCampaigns.status, 'scheduled'), lte(emailCampaigns.scheduledAt, now), mine))
    .orderBy(asc(emailCampaigns.scheduledAt))
    .limit(20);
  let started = 0;
  for (const c of due) {
    if (await startCampaign(deps, c.organizationId, c.id, now)) started++;
  }
  const sending = await db
    .select({ id: emailCampaigns.id, organizationId: emailCampaigns.organizationId })
    .from(emailCampaigns)
    .where(and(eq(emailCampaigns.status, 'sending'), mine))
    .limit(200);
  let kicked = 0;
  for (const c of sending) kicked += await kickCampaign(deps, c.organizationId, c.id, now, enqueue);
  return { started, kicked };
}

/**
 * Freeze the campaign's email and materialise its recipients in one transaction: the status moves
 * `scheduled` → `sending` only if nobody else did it, and `INSERT IGNORE … SELECT` writes one row per
 * contact the audience holds now (the primary key keeps each contact once).
 */
export async function startCampaign(
  deps: SendingDeps,
  organizationId: string,
  campaignId: string,
  now: Date,
) {
  const scope = forTenant(dbOf(deps), trustOrgId(organizationId));
  const campaign = await scope.first(emailCampaigns, eq(emailCampaigns.id, campaignId));
  if (campaign?.status !== 'scheduled') return false;
  const template = await scope.first(emailTemplates, eq(emailTemplates.id, campaign.templateId));
  const sender = await readSenderSettings(scope);
  if (!template || !sender?.postalAddress) {
    // Scheduling checked both; one was removed since. Hold the campaign for the creator to fix.
    await scope.update(
      emailCampaigns,
      { status: 'paused' },
      and(eq(emailCampaigns.id, campaignId), eq(emailCampaigns.status, 'scheduled')),
    );
    deps.log.warn('campaign paused at start: template or postal address missing', {
      campaign_id: campaignId,
    });
    return false;
  }
  const compiled = await compileEmail(template.mjml, {
    previewText: campaign.previewText,
    postalAddress: sender.postalAddress,
  });
  const where = await audienceWhere(scope, campaign.audience, now);
  return dbOf(deps).transaction(async (rawTx) => {
    const tx = forTenant(rawTx as unknown as Db, scope.orgId);
    const claimed = await tx.update(
      emailCampaigns,
      {
        status: 'sending',
        startedAt: now,
        renderedHtml: compiled.html,
        renderedText: compiled.text,
        postalAddress: sender.postalAddress,
      },
      and(eq(emailCampaigns.id, campaignId), eq(emailCampaigns.status, 'scheduled')),
    );
    if (claimed === 0) return false;
    // TenantScope has no INSERT … SELECT; the organization is bound on both sides explicitly.
    await rawTx.execute(
      sql`insert ignore into ${campaignSends} (organization_id, campaign_id, contact_id, email, status)
          select ${contacts.organizationId}, ${campaignId}, ${contacts.id}, ${contacts.email}, 'pending'
          from ${contacts}
          where ${and(eq(contacts.organizationId, scope.orgId), where)}`,
    );
    const recipients = await tx.count(campaignSends, eq(campaignSends.campaignId, campaignId));
    await tx.update(emailCampaigns, { recipients }, eq(emailCampaigns.id, campaignId));
    return true;
  });
}

/**
 * Settle interrupted claims, finish a campaign with nothing left, else enqueue enough batch messages for
 * the next minute's rate. Extra messages are harmless: one that finds nothing to claim does nothing.
 */
export async function kickCampaign(
  deps: SendingDeps,
  organizationId: string,
  campaignId: string,
  now: Date,
  enqueue: EnqueueBatches,
): Promise<number> {
  const scope = forTenant(dbOf(deps), trustOrgId(organizationId));
  const stale = and(
    eq(campaignSends.campaignId, campaignId),
    eq(campaignSends.status, 'sending'),
    lte(campaignSends.claimedAt, new Date(now.getTime() - STALE_CLAIM_MS)),
  );
  // A provider that dedupes by idempotency key makes a resend safe; with any other, the email may
  // have gone out, so it is marked failed rather than risk a second copy.
  if (deps.mailer.idempotent)
    await scope.update(campaignSends, { status: 'pending', claimToken: null }, stale);
  else await scope.update(campaignSends, { status: 'failed', error: 'interrupted; outcome unknown' }, stale);
  const pending = await scope.count(
    campaignSends,
    and(eq(campaignSends.campaignId, campaignId), eq(campaignSends.status, 'pending')),
  );
  if (pending === 0) {
    await finishIfDone(scope, campaignId, now);
    return 0;
  }
  // Chains that are still going carry the campaign on; more messages would only queue up behind them
  // (and ahead of every other organization's campaigns) to find nothing left to claim. Only the
  // chains that ended are replaced.
  const rate = settingsOf(deps).ratePerMinute;
  const wanted = Math.min(
    Math.ceil(pending / BATCH_SIZE),
    Math.max(1, Math.ceil(rate / BATCH_SIZE)),
    MAX_CHAINS,
  );
  const messages = wanted - (await liveChains(deps, campaignId, now));
  if (messages <= 0) return 0;
  await enqueue(
    Array.from({ length: messages }, () => ({ organizationId, campaignId, chain: newId('batch') })),
  );
  return messages;
}

async function finishIfDone(scope: TenantScope, campaignId: string, now: Date) {
  const open = await scope.count(
    campaignSends,
    and(eq(campaignSends.campaignId, campaignId), inArray(campaignSends.status, ['pending', 'sending'])),
  );
  if (open > 0) return false;
  return (
    (await scope.update(
      emailCampaigns,
      { status: 'sent', finishedAt: now },
      and(eq(emailCampaigns.id, campaignId), eq(emailCampaigns.status, 'sending')),
    )) > 0
  );
}

/** Take up to `want` sends from the organization's budget for this minute (Redis, fixed window). */
async function takeRate(deps: SendingDeps, organizationId: string, want: number, now: Date): Promise<number> {
  const rate = settingsOf(deps).ratePerMinute;
  const key = `campaign-rate:${organizationId}:${Math.floor(now.getTime() / 60_000)}`;
  const used = await deps.redis.incrby(key, want);
  if (used === want) await deps.redis.expire(key, 120);
  const before = used - want;
  return Math.max(0, Math.min(want, rate - before));
}

export class BatchIncomplete extends Error {}

export interface BatchResult {
  claimed: number;
  sent: number;
  skipped: number;
  failed: number;
  /** Sends that will be tried again (the message should be retried). */
  retry: number;
  finished: boolean;
}

/**
 * The queue consumer's part: claim up to one batch of pending recipients (a conditional UPDATE with
 * a fresh claim token, so two deliveries of a message never claim the same row), send each, and mark
 * the outcome. A row is sent only by the claim that holds it; a failed send goes back to `pending`
 * (and the caller retries the message), so every recipient gets the campaign once. Contacts who
 * unsubscribed or were suppressed after the campaign started are skipped here.
 */
export async function sendCampaignBatch(
  deps: SendingDeps,
  msg: CampaignBatchMessage,
  opts: { batchSize?: number } = {},
): Promise<BatchResult> {
  const settings = settingsOf(deps);
  const now = deps.now();
  const scope = forTenant(dbOf(deps), trustOrgId(msg.organizationId));
  const result: BatchResult = { claimed: 0, sent: 0, skipped: 0, failed: 0, retry: 0, finished: false };
  let campaign = await scope.first(emailCampaigns, eq(emailCampaigns.id, msg.campaignId));
  if (campaign?.status === 'scheduled' && campaign.scheduledAt && campaign.scheduledAt <= now) {
    // A message can arrive before the cron started the campaign (a kick right after "send now").
    await startCampaign(deps, msg.organizationId, campaign.id, now);
    campaign = await scope.first(emailCampaigns, eq(emailCampaigns.id, msg.campaignId));
  }
  // Paused or canceled: claim nothing, and no chain is alive (resume kicks it again). Out of this
  // minute's rate: this chain ends, and the cron starts another.
  if (campaign?.status !== 'sending' || !campaign.renderedHtml) {
    await deps.redis.del(chainsKey(msg.campaignId));
    return result;
  }
  const allowed = await takeRate(deps, msg.organizationId, opts.batchSize ?? BATCH_SIZE, now);
  if (allowed === 0) {
    await deps.redis.zrem(chainsKey(msg.campaignId), chainOf(msg));
    return result;
  }
  const token = newId('batch');
  await dbOf(deps).execute(
    sql`update ${campaignSends}
        set status = 'sending', claim_token = ${token}, claimed_at = ${now}, attempts = attempts + 1
        where ${and(
          eq(campaignSends.organizationId, scope.orgId),
          eq(campaignSends.campaignId, campaign.id),
          eq(campaignSends.status, 'pending'),
        )}
        order by contact_id limit ${allowed}`,
  );
  const rows = await scope.list(
    campaignSends,
    and(eq(campaignSends.claimToken, token), eq(campaignSends.status, 'sending')),
  );
  result.claimed = rows.length;
  if (rows.length === 0) {
    await deps.redis.zrem(chainsKey(campaign.id), chainOf(msg));
    result.finished = await finishIfDone(scope, campaign.id, now);
    return result;
  }
  const chains = deps.redis.pipeline();
  chains.zadd(chainsKey(campaign.id), { score: now.getTime(), member: chainOf(msg) });
  chains.expire(chainsKey(campaign.id), LIVE_TTL_S * 2);
  await chains.exec();
  const ids = rows.map((r) => r.contactId);
  const [people, suppressed, custom] = await Promise.all([
    scope.list(contacts, inArray(contacts.id, ids)),
    scope.list(
      emailSuppressions,
      inArray(
        emailSuppressions.email,
        rows.map((r) => r.email),
      ),
    ),
    customValues(scope, ids),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const blocked = new Set(suppressed.map((s) => s.email));
  const frozen = {
    subject: campaign.subject,
    fromName: campaign.fromName,
    fromAddress: await senderAddressOf(scope),
    replyTo: campaign.replyTo,
    html: campaign.renderedHtml,
    text: campaign.renderedText ?? '',
  };
  const sent: string[] = [];
  const skipped: string[] = [];
  const retry: { contactId: string; error: string }[] = [];
  const failed: { contactId: string; error: string }[] = [];
  await inPool(rows, SEND_CONCURRENCY, async (row) => {
    const person = byId.get(row.contactId);
    if (!person || !mayReceive(person, blocked, row.email)) {
      skipped.push(row.contactId);
      return;
    }
    const message = await personalize(settings, frozen, {
      organizationId: msg.organizationId,
      campaignId: campaign.id,
      contactId: row.contactId,
      email: row.email,
      values: contactMergeValues(person, custom.get(row.contactId)),
    });
    try {
      await deps.mailer.send(message);
      sent.push(row.contactId);
    } catch (err) {
      const { error, retryable } = sendFailure(err, deps.mailer, row.attempts);
      (retryable ? retry : failed).push({ contactId: row.contactId, error });
    }
  });
  await settle(scope, campaign.id, token, now, { sent, skipped, retry, failed });
  Object.assign(result, {
    sent: sent.length,
    skipped: skipped.length,
    retry: retry.length,
    failed: failed.length,
  });
  if (retry.length === 0) result.finished = await finishIfDone(scope, campaign.id, now);
  return result;
}

/** Record a batch's outcomes under its claim token, with a timeline entry per email sent, in one transaction. */
async function settle(
  scope: TenantScope,
  campaignId: string,
  token: string,
  now: Date,
  out: {
    sent: string[];
    skipped: string[];
    retry: { contactId: string; error: string }[];
    failed: { contactId: string; error: string }[];
  },
) {
  const mine = (ids: string[]) =>
    and(
      eq(campaignSends.campaignId, campaignId),
      eq(campaignSends.claimToken, token),
      inArray(campaignSends.contactId, ids),
    );
  // The claim UPDATEs of other batches scan the same index range; InnoDB may pick this transaction as
  // a deadlock's victim. It is rolled back whole and run again: giving up would leave emails that
  // went out looking interrupted (failed, or sent twice where the provider dedupes).
  await retryingDeadlocks(() =>
    scope.transaction(async (tx) => {
      if (out.sent.length) {
        await tx.update(campaignSends, { status: 'sent', sentAt: now }, mine(out.sent));
        await tx.insert(
          contactInteractions,
          out.sent.map((contactId) => ({
            id: newId('contactInteraction'),
            contactId,
            kind: 'email_sent',
            summary: 'Campaign email sent',
            refId: campaignId,
            occurredAt: now,
          })),
        );
      }
      if (out.skipped.length)
        await tx.update(
          campaignSends,
          { status: 'canceled', error: 'unsubscribed or suppressed' },
          mine(out.skipped),
        );
      for (const r of out.retry)
        await tx.update(
          campaignSends,
          { status: 'pending', claimToken: null, error: r.error },
          mine([r.contactId]),
        );
      for (const r of out.failed)
        await tx.update(campaignSends, { status: 'failed', error: r.error }, mine([r.contactId]));
    }),
  );
}
