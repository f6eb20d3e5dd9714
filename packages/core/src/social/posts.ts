import type { z } from '@hono/zod-openapi';
import {
  type CreateSocialPostInput,
  checkSocialText,
  createSocialPostInput,
  findUrls,
  type PublishNetwork,
  type ScheduleSocialPostInput,
  scheduleSocialPostInput,
} from '@mewayz/contracts';
import { socialAccounts, socialPosts, socialPostTargets } from '@mewayz/db/schema';
import { and, asc, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound, ValidationFailed, zodDetails } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import { createShortLink } from '../links/service.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import type { SocialDeps } from './accounts.ts';
import { newTid } from './adapters/bluesky.ts';
import { SocialAccountUnavailable } from './errors.ts';
import { mediaProblems } from './media.ts';

type PostRow = typeof socialPosts.$inferSelect;
type TargetRow = typeof socialPostTargets.$inferSelect;

export interface SocialPublishMessage {
  targetId: string;
}

/** A producer of the `social-publish` queue (a Workers `Queue` binding satisfies it). */
export interface SocialPublishQueue {
  sendBatch(messages: Iterable<{ body: SocialPublishMessage; delaySeconds?: number }>): Promise<unknown>;
}

export function targetView(row: TargetRow) {
  return {
    id: row.id,
    accountId: row.accountId,
    network: row.network,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    externalUrl: row.externalUrl,
    lastError: row.lastError,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    stats: {
      likes: row.likes,
      reposts: row.reposts,
      replies: row.replies,
      impressions: row.impressions,
      syncedAt: row.statsSyncedAt?.toISOString() ?? null,
    },
  };
}

export function postView(row: PostRow, targets: TargetRow[]) {
  return {
    id: row.id,
    text: row.text,
    variants: row.variants ?? {},
    media: row.media ?? [],
    status: row.status,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    timeZone: row.timeZone,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    targets: targets.map(targetView),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type SocialPostView = ReturnType<typeof postView>;

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationFailed('The post is not valid.', zodDetails(r.error.issues));
  return r.data;
}

/** The text a target posts: its network's variant when the creator wrote one. */
export function textFor(post: Pick<PostRow, 'text' | 'variants'>, network: PublishNetwork): string {
  const variant = post.variants?.[network];
  return variant?.trim() ? variant : post.text;
}

/**
 * Replace each distinct link of the texts by a Mewayz short link (one per URL, made once for all
 * variants), so clicks from every network are counted. Links already on the short domain stay.
 */
async function shortenLinks(deps: CoreDeps, scope: TenantScope, actor: Actor, texts: string[]) {
  const short = new Map<string, string>();
  const shortHost = deps.config.shortDomain.toLowerCase();
  for (const text of texts)
    for (const url of findUrls(text)) {
      if (short.has(url.text)) continue;
      let host = '';
      try {
        host = new URL(url.text).hostname.toLowerCase();
      } catch {
        continue;
      }
      if (host === shortHost) continue;
      try {
        const link = await createShortLink(deps, scope, actor, {
          url: url.text,
          title: 'Social post',
          passQuery: true,
          active: true,
        });
        short.set(url.text, link.shortUrl);
      } catch (err) {
        // A URL the links service refuses (unsafe scheme, too long) stays as written.
        if (!(err instanceof ValidationFailed)) throw err;
      }
    }
  const replace = (text: string) => {
    let out = '';
    let at = 0;
    for (const url of findUrls(text)) {
      out += text.slice(at, url.start) + (short.get(url.text) ?? url.text);
      at = url.end;
    }
    return out + text.slice(at);
  };
  return replace;
}

function scheduledInstant(deps: CoreDeps, value: string | undefined): Date | null {
  if (value === undefined) return null;
  if (value === 'now') return deps.now();
  const at = new Date(value);
  // A minute of slack for the composer's clock; older than that is a mistake, not "now".
  if (at.getTime() < deps.now().getTime() - 60_000)
    throw new ValidationFailed('The post is not valid.', [
      { path: 'scheduledAt', message: 'Choose a time in the future' },
    ]);
  return at;
}

/**
 * Write a post for some of the organization's accounts: a draft, or scheduled (`scheduledAt`, or `now`).
 * Every account must be connected, and every network's text must fit its rules (checked after links
 * are shortened, since Bluesky counts them as written).
 */
export async function createSocialPost(
  deps: SocialDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateSocialPostInput,
) {
  const data = validate(createSocialPostInput, input);
  const accounts = await scope.list(socialAccounts, inArray(socialAccounts.id, data.accountIds));
  // Another workspace's account is not found, like a missing one.
  if (accounts.length !== data.accountIds.length) throw new NotFound('Social account');
  for (const a of accounts) if (a.status !== 'connected') throw new SocialAccountUnavailable(a.handle);
  const scheduledAt = scheduledInstant(deps, data.scheduledAt);
  const variants = Object.fromEntries(Object.entries(data.variants).filter(([, v]) => v?.trim())) as Partial<
    Record<PublishNetwork, string>
  >;
  const networks = [...new Set(accounts.map((a) => a.network))];
  // Links are shortened only for a post that will be published: a draft keeps what the creator wrote.
  const shorten =
    data.shortenLinks && scheduledAt
      ? await shortenLinks(deps, scope, actor, [data.text, ...Object.values(variants)])
      : (t: string) => t;
  const post = {
    text: shorten(data.text),
    variants: Object.fromEntries(Object.entries(variants).map(([n, v]) => [n, shorten(v!)])),
  };
  const problems = [
    ...networks.flatMap((n) => {
      const check = checkSocialText(n, textFor(post, n), data.media.length);
      return check.problem
        ? [
            {
              path: post.variants[n] ? `variants.${n}` : 'text',
              message: check.problem,
              code: `${check.code}_${n}`,
            },
          ]
        : [];
    }),
    // Types, sizes and a video's length, read from the stored objects.
    ...(await mediaProblems(deps, scope.orgId, data.media, networks)),
  ];
  if (problems.length) throw new ValidationFailed('The post does not fit every network.', problems);
  const id = newId('socialPost');
  await scope.transaction(async (tx) => {
    await tx.insert(socialPosts, {
      id,
      authorId: actor.userId ?? null,
      text: post.text,
      variants: post.variants,
      media: data.media,
      status: scheduledAt ? 'scheduled' : 'draft',
      scheduledAt,
      timeZone: data.timeZone ?? null,
    });
    await tx.insert(
      socialPostTargets,
      accounts.map((a) => ({
        id: newId('socialTarget'),
        postId: id,
        accountId: a.id,
        network: a.network,
        status: 'pending' as const,
        nextAttemptAt: scheduledAt,
        nonce: a.network === 'bluesky' ? newTid(Date.now()) : newId('socialTarget'),
      })),
    );
    await recordAudit(tx, actor, {
      action: scheduledAt ? 'social_post.scheduled' : 'social_post.created',
      targetType: 'social_post',
      targetId: id,
      metadata: { networks, scheduledAt: scheduledAt?.toISOString() ?? null },
    });
  });
  return getSocialPost(deps, scope, id);
}

async function loadPost(scope: TenantScope, postId: string): Promise<PostRow> {
  assertId('socialPost', postId);
  const row = await scope.first(socialPosts, eq(socialPosts.id, postId));
  if (!row) throw new NotFound('Social post');
  return row;
}

export async function getSocialPost(_deps: CoreDeps, scope: TenantScope, postId: string) {
  const row = await loadPost(scope, postId);
  const targets = await scope.list(socialPostTargets, eq(socialPostTargets.postId, row.id), {
    orderBy: asc(socialPostTargets.id),
  });
  return postView(row, targets);
}

/** Posts of a time range (the calendar) or the latest ones, with their targets. */
export async function listSocialPosts(
  _deps: CoreDeps,
  scope: TenantScope,
  query: { from?: Date; to?: Date; status?: PostRow['status']; limit?: number },
) {
  const conds: SQL[] = [];
  if (query.from) conds.push(gte(socialPosts.scheduledAt, query.from));
  if (query.to) conds.push(lt(socialPosts.scheduledAt, query.to));
  if (query.status) conds.push(eq(socialPosts.status, query.status));
  const rows = await scope.list(socialPosts, conds.length ? and(...conds) : undefined, {
    orderBy: [desc(socialPosts.scheduledAt), desc(socialPosts.id)],
    limit: Math.min(query.limit ?? 100, 500),
  });
  const targets = rows.length
    ? await scope.list(
        socialPostTargets,
        inArray(
          socialPostTargets.postId,
          rows.map((r) => r.id),
        ),
        {
          orderBy: asc(socialPostTargets.id),
        },
      )
    : [];
  return rows.map((r) =>
    postView(
      r,
      targets.filter((t) => t.postId === r.id),
    ),
  );
}

/** Schedule a draft (or move a scheduled post); `now` publishes at the next cron minute. */
export async function scheduleSocialPost(
  deps: SocialDeps,
  scope: TenantScope,
  actor: Actor,
  postId: string,
  input: ScheduleSocialPostInput,
) {
  const data = validate(scheduleSocialPostInput, input);
  const row = await loadPost(scope, postId);
  if (row.status !== 'draft' && row.status !== 'scheduled')
    throw new Conflict('Only a draft or a scheduled post can be scheduled.');
  const at = scheduledInstant(deps, data.scheduledAt)!;
  const replace =
    row.status === 'draft'
      ? await shortenLinks(deps, scope, actor, [row.text, ...Object.values(row.variants ?? {})])
      : (t: string) => t;
  await scope.transaction(async (tx) => {
    const moved = await tx.update(
      socialPosts,
      {
        status: 'scheduled',
        scheduledAt: at,
        timeZone: data.timeZone ?? row.timeZone,
        text: replace(row.text),
        variants: Object.fromEntries(Object.entries(row.variants ?? {}).map(([n, v]) => [n, replace(v!)])),
      },
      and(eq(socialPosts.id, row.id), inArray(socialPosts.status, ['draft', 'scheduled'])),
    );
    if (moved !== 1) throw new Conflict('The post started publishing meanwhile.');
    await tx.update(
      socialPostTargets,
      { nextAttemptAt: at },
      and(eq(socialPostTargets.postId, row.id), eq(socialPostTargets.status, 'pending')),
    );
    await recordAudit(tx, actor, {
      action: 'social_post.scheduled',
      targetType: 'social_post',
      targetId: row.id,
      metadata: { scheduledAt: at.toISOString() },
    });
  });
  return getSocialPost(deps, scope, row.id);
}

/** Cancel a post that has not started publishing; what a network already has stays there. */
export async function cancelSocialPost(deps: CoreDeps, scope: TenantScope, actor: Actor, postId: string) {
  const row = await loadPost(scope, postId);
  await scope.transaction(async (tx) => {
    const n = await tx.update(
      socialPosts,
      { status: 'canceled' },
      and(eq(socialPosts.id, row.id), inArray(socialPosts.status, ['draft', 'scheduled'])),
    );
    if (n !== 1) throw new Conflict('This post is already publishing or done, so it cannot be canceled.');
    await tx.update(
      socialPostTargets,
      { status: 'canceled', nextAttemptAt: null },
      and(eq(socialPostTargets.postId, row.id), eq(socialPostTargets.status, 'pending')),
    );
    await recordAudit(tx, actor, {
      action: 'social_post.canceled',
      targetType: 'social_post',
      targetId: row.id,
    });
  });
  return getSocialPost(deps, scope, row.id);
}

/**
 * The creator's answer about an `unconfirmed` target (its answer was lost on a network without
 * idempotency): `posted` records it as published (with the post's URL if given); otherwise it is
 * attempted again at once.
 */
export async function confirmSocialTarget(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  postId: string,
  targetId: string,
  answer: { posted: boolean; url?: string | null },
) {
  await loadPost(scope, postId);
  assertId('socialTarget', targetId);
  await scope.transaction(async (tx) => {
    // The post's lock first, as `settlePost` takes it, so this and a consumer's settle cannot deadlock.
    await tx.first(socialPosts, eq(socialPosts.id, postId), { forUpdate: true });
    const n = await tx.update(
      socialPostTargets,
      answer.posted
        ? {
            status: 'published',
            publishedAt: deps.now(),
            externalUrl: answer.url ?? null,
            lastError: null,
            phase: null,
          }
        : { status: 'pending', nextAttemptAt: deps.now(), lastError: null, phase: null },
      and(
        eq(socialPostTargets.id, targetId),
        eq(socialPostTargets.postId, postId),
        eq(socialPostTargets.status, 'unconfirmed'),
      ),
    );
    if (n !== 1) throw new Conflict('This target is not waiting for a confirmation.');
    await tx.update(socialPosts, { status: 'publishing' }, eq(socialPosts.id, postId));
    await settlePost(tx, postId);
    await recordAudit(tx, actor, {
      action: 'social_post.confirmed',
      targetType: 'social_post',
      targetId: postId,
      metadata: { target: targetId, posted: answer.posted },
    });
  });
  return getSocialPost(deps, scope, postId);
}

/**
 * A post's status from its targets': published when every one is, failed when none is and none is
 * still going, partially failed in between; publishing while any target is pending, publishing or
 * waiting for the creator's confirmation. Run in a transaction: two targets finishing at once each
 * settle the post, and without the post's lock the one that read fewer finished targets could write
 * last and leave the post `publishing` for good.
 */
export async function settlePost(tx: TenantScope, postId: string) {
  await tx.first(socialPosts, eq(socialPosts.id, postId), { forUpdate: true, withDeleted: true });
  const targets = await tx.list(socialPostTargets, eq(socialPostTargets.postId, postId), { forUpdate: true });
  const live = targets.filter((t) => t.status !== 'canceled');
  if (live.length === 0) return;
  const count = (s: TargetRow['status']) => live.filter((t) => t.status === s).length;
  const going = count('pending') + count('publishing') + count('unconfirmed');
  const published = count('published');
  const status = going
    ? 'publishing'
    : published === live.length
      ? 'published'
      : published
        ? 'partially_failed'
        : 'failed';
  const publishedAt = published
    ? new Date(Math.min(...live.filter((t) => t.publishedAt).map((t) => t.publishedAt!.getTime())))
    : null;
  await tx.update(
    socialPosts,
    { status, publishedAt },
    and(
      eq(socialPosts.id, postId),
      // A scheduled post whose target was attempted (a message ahead of the cron's flip) started too.
      inArray(socialPosts.status, ['scheduled', 'publishing', 'published', 'partially_failed', 'failed']),
    ),
  );
}
