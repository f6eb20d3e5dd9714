import {
  type CampaignAudienceInput,
  type CampaignStats,
  type CreateCampaignInput,
  campaignAudienceSchema,
  createCampaignInput,
  scheduleCampaignInput,
  type UpdateCampaignInput,
  updateCampaignInput,
} from '@mewayz/contracts';
import { type CampaignAudience, campaignSends, emailCampaigns } from '@mewayz/db/schema';
import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { type Page, parseInput } from '../commerce/shared.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound, ValidationFailed } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { countAudience } from './audience.ts';
import { readSenderSettings } from './sender-settings.ts';
import { forgetLiveChains } from './sending.ts';
import { loadTemplate } from './templates.ts';

type CampaignRow = typeof emailCampaigns.$inferSelect;
type CampaignStatus = CampaignRow['status'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function campaignView(row: CampaignRow) {
  return {
    id: row.id,
    name: row.name,
    templateId: row.templateId,
    audience: row.audience,
    subject: row.subject,
    previewText: row.previewText,
    fromName: row.fromName,
    replyTo: row.replyTo,
    status: row.status,
    scheduledAt: iso(row.scheduledAt),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    recipients: row.recipients,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type CampaignView = ReturnType<typeof campaignView>;

export async function loadCampaign(scope: TenantScope, campaignId: string): Promise<CampaignRow> {
  assertId('campaign', campaignId, 'Campaign');
  const row = await scope.first(emailCampaigns, eq(emailCampaigns.id, campaignId));
  if (!row) throw new NotFound('Campaign');
  return row;
}

export async function listCampaigns(_deps: CoreDeps, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(emailCampaigns, undefined, {
      orderBy: [desc(emailCampaigns.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(emailCampaigns),
  ]);
  return { items: rows.map(campaignView), total };
}

export async function getCampaign(_deps: CoreDeps, scope: TenantScope, campaignId: string) {
  return campaignView(await loadCampaign(scope, campaignId));
}

/** A segment or template of another organization is NotFound (404), like a missing one. */
async function checkAudience(scope: TenantScope, audience: CampaignAudience, now: Date) {
  await countAudience(scope, audience, now);
}

async function checkTemplate(scope: TenantScope, templateId: string) {
  await loadTemplate(scope, templateId);
}

export async function createCampaign(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateCampaignInput,
) {
  const data = parseInput(createCampaignInput, input, 'campaign');
  await checkTemplate(scope, data.templateId);
  await checkAudience(scope, data.audience, deps.now());
  const id = newId('campaign');
  await scope.transaction(async (tx) => {
    await tx.insert(emailCampaigns, { id, ...data, replyTo: data.replyTo ?? null, status: 'draft' });
    await recordAudit(tx, actor, { action: 'campaign.created', targetType: 'campaign', targetId: id });
  });
  return campaignView(await loadCampaign(scope, id));
}

/** Move a campaign from one of `from` to `to`; a concurrent change (or a wrong state) is a 409. */
async function transition(
  scope: TenantScope,
  actor: Actor,
  current: CampaignRow,
  from: CampaignStatus[],
  to: CampaignStatus,
  patch: Partial<typeof emailCampaigns.$inferInsert> = {},
) {
  if (!from.includes(current.status)) {
    throw new Conflict(`A ${current.status} campaign cannot be ${verbOf(to)}.`, [
      { path: 'status', message: current.status },
    ]);
  }
  await scope.transaction(async (tx) => {
    const n = await tx.update(
      emailCampaigns,
      { ...patch, status: to },
      and(eq(emailCampaigns.id, current.id), eq(emailCampaigns.status, current.status)),
    );
    if (n === 0) throw new Conflict('The campaign changed meanwhile; reload and try again.');
    await recordAudit(tx, actor, {
      action: `campaign.${to}`,
      targetType: 'campaign',
      targetId: current.id,
      metadata: { from: current.status },
    });
  });
}

function verbOf(to: CampaignStatus): string {
  return {
    draft: 'edited',
    scheduled: 'scheduled',
    sending: 'resumed',
    paused: 'paused',
    sent: 'sent',
    canceled: 'canceled',
  }[to];
}

export async function updateCampaign(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  campaignId: string,
  patch: UpdateCampaignInput,
) {
  const data = parseInput(updateCampaignInput, patch, 'campaign');
  const current = await loadCampaign(scope, campaignId);
  if (current.status !== 'draft' && current.status !== 'scheduled') {
    throw new Conflict(`A ${current.status} campaign cannot be edited.`, [
      { path: 'status', message: current.status },
    ]);
  }
  if (data.templateId) await checkTemplate(scope, data.templateId);
  if (data.audience) await checkAudience(scope, data.audience, deps.now());
  await transition(scope, actor, current, ['draft', 'scheduled'], current.status, data);
  return campaignView(await loadCampaign(scope, current.id));
}

export async function deleteCampaign(_deps: CoreDeps, scope: TenantScope, actor: Actor, campaignId: string) {
  const current = await loadCampaign(scope, campaignId);
  if (current.status !== 'draft') {
    throw new Conflict('Only a draft can be deleted; cancel a scheduled or sending campaign instead.');
  }
  await scope.transaction(async (tx) => {
    await tx.hardDelete(
      emailCampaigns,
      and(eq(emailCampaigns.id, current.id), eq(emailCampaigns.status, 'draft')),
    );
    await recordAudit(tx, actor, {
      action: 'campaign.deleted',
      targetType: 'campaign',
      targetId: current.id,
    });
  });
}

/**
 * Schedule for `at` (send now is `at` = now). The cron starts it when due. Refused without a postal
 * address: every campaign's footer must carry one.
 */
export async function scheduleCampaign(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  campaignId: string,
  input: unknown,
) {
  // Another organization's campaign is NotFound before anything about the request is judged.
  const current = await loadCampaign(scope, campaignId);
  const { at } = parseInput(scheduleCampaignInput, input, 'schedule');
  const when = new Date(at);
  const now = deps.now();
  if (when.getTime() < now.getTime() - 60_000) {
    throw new ValidationFailed('Pick a time in the future.', [{ path: 'at', message: 'in the past' }]);
  }
  if (when.getTime() > now.getTime() + 366 * 86_400_000) {
    throw new ValidationFailed('Pick a time within a year.', [{ path: 'at', message: 'too far ahead' }]);
  }
  const sender = await readSenderSettings(scope);
  if (!sender?.postalAddress) {
    throw new Conflict(
      'Add your postal address in Email settings first: every campaign shows it in its footer.',
      [{ path: 'postalAddress', message: 'missing' }],
    );
  }
  await checkTemplate(scope, current.templateId);
  await transition(scope, actor, current, ['draft', 'scheduled'], 'scheduled', {
    scheduledAt: when < now ? now : when,
  });
  return campaignView(await loadCampaign(scope, current.id));
}

export function sendCampaignNow(deps: CoreDeps, scope: TenantScope, actor: Actor, campaignId: string) {
  return scheduleCampaign(deps, scope, actor, campaignId, { at: deps.now().toISOString() });
}

/** Hold a scheduled or sending campaign: sends already claimed finish, nothing new is claimed. */
export async function pauseCampaign(_deps: CoreDeps, scope: TenantScope, actor: Actor, campaignId: string) {
  const current = await loadCampaign(scope, campaignId);
  await transition(scope, actor, current, ['scheduled', 'sending'], 'paused');
  return campaignView(await loadCampaign(scope, current.id));
}

/** Go on where it stopped: a started campaign sends its remaining recipients, an unstarted one waits for its time. */
export async function resumeCampaign(deps: CoreDeps, scope: TenantScope, actor: Actor, campaignId: string) {
  const current = await loadCampaign(scope, campaignId);
  await transition(scope, actor, current, ['paused'], current.startedAt ? 'sending' : 'scheduled');
  // The next kick starts chains at once instead of waiting out the chains that ended on the pause.
  await forgetLiveChains(deps, current.id);
  return campaignView(await loadCampaign(scope, current.id));
}

/** Stop for good: recipients not sent yet are never sent. */
export async function cancelCampaign(_deps: CoreDeps, scope: TenantScope, actor: Actor, campaignId: string) {
  const current = await loadCampaign(scope, campaignId);
  await transition(scope, actor, current, ['draft', 'scheduled', 'sending', 'paused'], 'canceled', {
    finishedAt: new Date(),
  });
  await scope.update(
    campaignSends,
    { status: 'canceled' },
    and(eq(campaignSends.campaignId, current.id), eq(campaignSends.status, 'pending')),
  );
  return campaignView(await loadCampaign(scope, current.id));
}

const n = (col: unknown) => sql<number>`cast(sum(case when ${col} is not null then 1 else 0 end) as signed)`;

/** Results from the recipients' rows: one aggregate over the campaign's index range. */
export async function campaignStats(
  _deps: CoreDeps,
  scope: TenantScope,
  campaignId: string,
): Promise<CampaignStats> {
  const campaign = await loadCampaign(scope, campaignId);
  const [row] = await scope.aggregate(
    campaignSends,
    {
      recipients: sql<number>`count(*)`,
      pending: sql<number>`cast(sum(case when ${campaignSends.status} in ('pending','sending') then 1 else 0 end) as signed)`,
      sent: sql<number>`cast(sum(case when ${campaignSends.status} = 'sent' then 1 else 0 end) as signed)`,
      failed: sql<number>`cast(sum(case when ${campaignSends.status} = 'failed' then 1 else 0 end) as signed)`,
      delivered: sql<number>`cast(sum(case when ${campaignSends.status} = 'sent' and ${campaignSends.bouncedAt} is null then 1 else 0 end) as signed)`,
      opens: n(campaignSends.openedAt),
      machineOpens: sql<number>`cast(sum(case when ${campaignSends.machineOpenedAt} is not null and ${campaignSends.openedAt} is null then 1 else 0 end) as signed)`,
      uniqueClicks: n(campaignSends.clickedAt),
      unsubscribes: n(campaignSends.unsubscribedAt),
      bounces: n(campaignSends.bouncedAt),
      complaints: n(campaignSends.complainedAt),
    },
    eq(campaignSends.campaignId, campaign.id),
  );
  const out = {} as CampaignStats;
  for (const [k, v] of Object.entries(row ?? {})) out[k as keyof CampaignStats] = Number(v ?? 0);
  return out;
}

/** The wizard's live count: contacts the audience would reach now (subscribed, not suppressed). */
export async function countCampaignAudience(deps: CoreDeps, scope: TenantScope, audience: unknown) {
  const parsed: CampaignAudienceInput = parseInput(campaignAudienceSchema, audience, 'audience');
  return { count: await countAudience(scope, parsed, deps.now()) };
}
