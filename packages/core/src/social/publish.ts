import { isSocialVideo, publishNetworkNames } from '@mewayz/contracts';
import { socialAccounts, socialPosts, socialPostTargets } from '@mewayz/db/schema';
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { dbOf } from '../data/db-handle.ts';
import { publicOrigin } from '../deps.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant } from '../tenancy/scope.ts';
import {
  accountContextOf,
  adapters,
  availableNetworks,
  refreshMarginMs,
  type SocialAccountRow,
  type SocialDeps,
  unsealTokens,
} from './accounts.ts';
import { type MediaItem, NetworkError, type Published, type TokenSet } from './adapters/adapter.ts';
import { type SocialPublishQueue, settlePost, textFor } from './posts.ts';

/**
 * Publishing, exactly once per post × account (decision 0014):
 *
 * - The cron is the scheduler: every minute it enqueues one `social-publish` message per target that
 *   is due (a scheduled post's time came, a retry's time came, or an attempt's lease ran out).
 * - The consumer claims the target with a compare-and-set on (status, attempts); a redelivered or
 *   duplicate message finds it claimed or published and does nothing.
 * - Just before the request that creates the post leaves, the attempt is marked `sending`. A consumer
 *   that dies after that leaves an *ambiguous* attempt: the next claim asks the network by the
 *   target's nonce (Bluesky's record key, Instagram's container) or repeats it with the same
 *   `Idempotency-Key` (Mastodon). X has neither, so its ambiguous attempt becomes `unconfirmed` and
 *   the creator says whether the post is there — never a silent second post.
 */
export type PublishOutcome =
  | { kind: 'skipped' }
  | { kind: 'published'; url: string | null; reconciled: boolean }
  | { kind: 'retry'; delaySeconds: number; status: number }
  | { kind: 'failed'; status: number | null; message: string }
  | { kind: 'unconfirmed' }
  | { kind: 'canceled'; reason: string };

/** How long one attempt may take before another consumer may claim the target again. */
export const leaseMs = 2 * 60_000;
/**
 * A post with a video holds its claim longer: uploading it in chunks and waiting for the network to
 * process it takes minutes (the queue consumer's wall-clock limit is 15).
 */
export const videoLeaseMs = 14 * 60_000;

/** This attempt's claim was taken over (its lease ran out mid-upload): it must not send anything. */
class ClaimLost extends Error {}
/** Attempts before a transient failure (429, 5xx, no answer) is given up. */
export const maxAttempts = 8;
/** An early message (the cron and a retry both enqueued it) does not claim more than this before due. */
const earlyToleranceMs = 2_000;

/** 30 s, 1 min, 2 min … capped at an hour; a longer Retry-After wins. */
export function backoffSeconds(attempts: number, retryAfter: number | null): number {
  const exp = Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
  return Math.max(exp, Math.min(retryAfter ?? 0, 24 * 3600));
}

type TargetRow = typeof socialPostTargets.$inferSelect;

/** Answers after which the network may have made the post anyway: none at all, 500, 502, 504. */
const maybeAccepted = (status: number) => status === 0 || status === 500 || status === 502 || status === 504;

/**
 * An access token that is good for a while: refreshed first when it expires within five minutes (or
 * when `force`, after a 401). A refresh the network refuses (4xx) means the creator must connect again.
 *
 * Refreshes of one account take turns under its row lock: X and Bluesky rotate refresh tokens, so of
 * two attempts refreshing at once the second would present a spent token and lose the account. The
 * one that waited finds the tokens changed and uses them instead of refreshing again.
 */
async function freshToken(deps: SocialDeps, account: SocialAccountRow, force: boolean): Promise<string> {
  const tokens = await unsealTokens(deps, account);
  const expiring = tokens.expiresAt && tokens.expiresAt.getTime() - deps.now().getTime() < refreshMarginMs;
  const refreshable = tokens.refreshToken || account.network === 'instagram';
  if (!(force || expiring) || !refreshable) return tokens.accessToken;
  const ctx = await accountContextOf(deps, account);
  const outcome = await dbOf(deps).transaction(async (tx) => {
    const [held] = await tx
      .select()
      .from(socialAccounts)
      .where(eq(socialAccounts.id, account.id))
      .for('update');
    if (held?.status !== 'connected')
      return { refused: 'The account was disconnected or needs to be connected again.' };
    if (held.accessToken !== account.accessToken)
      return { token: (await unsealTokens(deps, held)).accessToken };
    let next: TokenSet;
    try {
      next = await adapters[account.network].refresh(ctx, await unsealTokens(deps, held));
    } catch (err) {
      if (!(err instanceof NetworkError) || err.transient) throw err;
      await tx
        .update(socialAccounts)
        .set({ status: 'needs_reauth', lastError: err.message.slice(0, 500) })
        .where(eq(socialAccounts.id, account.id));
      return { refused: err.message };
    }
    await tx
      .update(socialAccounts)
      .set({
        accessToken: await deps.secrets.encrypt(next.accessToken),
        // Networks that do not rotate refresh tokens answer without one: keep the old.
        refreshToken: next.refreshToken ? await deps.secrets.encrypt(next.refreshToken) : held.refreshToken,
        tokenExpiresAt: next.expiresAt,
        lastError: null,
      })
      .where(eq(socialAccounts.id, account.id));
    return { token: next.accessToken };
  });
  if ('refused' in outcome)
    throw new NetworkError(401, `The account needs to be connected again: ${outcome.refused}`);
  return outcome.token;
}

async function mediaOf(
  deps: SocialDeps,
  media: { key: string; alt: string; contentType: string }[],
): Promise<MediaItem[]> {
  const items: MediaItem[] = [];
  for (const m of media) {
    const obj = await deps.media?.get?.(m.key);
    if (!obj?.arrayBuffer) throw new NetworkError(400, `The file ${m.key} is no longer stored.`);
    items.push({
      bytes: new Uint8Array(await obj.arrayBuffer()),
      contentType: m.contentType,
      alt: m.alt,
      publicUrl: `${deps.social.mediaOrigin}/media/${m.key}`,
    });
  }
  return items;
}

/** Claim a target: a compare-and-set on the row as read, so exactly one consumer wins an attempt. */
async function claim(
  deps: SocialDeps,
  targetId: string,
): Promise<{ row: TargetRow; ambiguous: boolean } | null> {
  const db = dbOf(deps);
  const now = deps.now();
  const [row] = await db.select().from(socialPostTargets).where(eq(socialPostTargets.id, targetId));
  // A Worker without this network's app leaves the target to one that has it, instead of failing it.
  if (!row || !availableNetworks(deps).includes(row.network)) return null;
  const due =
    row.status === 'pending' &&
    row.nextAttemptAt &&
    row.nextAttemptAt.getTime() <= now.getTime() + earlyToleranceMs;
  const abandoned =
    row.status === 'publishing' && row.leaseUntil && row.leaseUntil.getTime() <= now.getTime();
  if (!due && !abandoned) return null;
  const res = await db
    .update(socialPostTargets)
    .set({
      status: 'publishing',
      phase: 'claimed',
      attempts: row.attempts + 1,
      leaseUntil: new Date(now.getTime() + leaseMs),
    })
    .where(
      and(
        eq(socialPostTargets.id, targetId),
        eq(socialPostTargets.status, row.status),
        eq(socialPostTargets.attempts, row.attempts),
      ),
    );
  if (Number(res.rowsAffected ?? 0) !== 1) return null;
  // `sending` means an attempt's request may have reached the network: its consumer died (the lease
  // ran out) or its answer was lost (the row went back to pending still `sending`).
  return {
    row: { ...row, status: 'publishing', attempts: row.attempts + 1 },
    ambiguous: row.phase === 'sending',
  };
}

/**
 * One attempt of one target (the `social-publish` consumer's work). See the comment at the top of
 * this file for why it is exactly once.
 */
export async function attemptTarget(deps: SocialDeps, targetId: string): Promise<PublishOutcome> {
  const claimed = await claim(deps, targetId);
  if (!claimed) return { kind: 'skipped' };
  const { row, ambiguous } = claimed;
  const db = dbOf(deps);
  // The target names the organization that owns it: the only tenant this attempt touches.
  const scope = forTenant(db, trustOrgId(row.organizationId));
  const mine = and(
    eq(socialPostTargets.id, row.id),
    eq(socialPostTargets.status, 'publishing'),
    eq(socialPostTargets.attempts, row.attempts),
  );
  // biome-ignore lint/suspicious/noExplicitAny: drizzle's set() takes the columns' insert types.
  const finish = async (values: Record<string, any>) => {
    await db
      .update(socialPostTargets)
      .set({ leaseUntil: null, phase: null, ...values })
      .where(mine);
    await scope.transaction((tx) => settlePost(tx, row.postId));
  };

  const [[post], [account]] = await Promise.all([
    db.select().from(socialPosts).where(eq(socialPosts.id, row.postId)),
    db.select().from(socialAccounts).where(eq(socialAccounts.id, row.accountId)),
  ]);
  if (!post || post.deletedAt || post.status === 'canceled') {
    await finish({ status: 'canceled', nextAttemptAt: null });
    return { kind: 'canceled', reason: 'post canceled' };
  }
  if (!account || account.deletedAt || account.status !== 'connected') {
    const message = 'The account is disconnected or needs to be connected again.';
    await finish({ status: 'failed', nextAttemptAt: null, lastError: message, lastStatus: null });
    return { kind: 'failed', status: null, message };
  }
  const adapter = adapters[row.network];
  const accountRef = { externalId: account.externalId, handle: account.handle };
  const published = async (p: Published, reconciled: boolean): Promise<PublishOutcome> => {
    await finish({
      status: 'published',
      externalId: p.externalId.slice(0, 255),
      externalUrl: p.url?.slice(0, 500) ?? null,
      publishedAt: deps.now(),
      nextAttemptAt: null,
      lastError: null,
      lastStatus: null,
    });
    return { kind: 'published', url: p.url, reconciled };
  };

  // Whether the network may have the post without our knowing: from an earlier attempt, or from this
  // one once its creating request has left without a clear answer.
  let uncertain = ambiguous;
  try {
    const ctx = await accountContextOf(deps, account);
    let accessToken = await freshToken(deps, account, false);
    let nonce = row.nonce ?? row.id;
    if (ambiguous) {
      const found = await adapter.reconcile(ctx, {
        accessToken,
        account: accountRef,
        nonce,
        beforeSend: async () => {},
      });
      if (found.state === 'present') return await published(found.post, true);
      if (found.state === 'unknown') return await unconfirmed(null, null);
      uncertain = false;
    }
    if ((post.media ?? []).some((m) => isSocialVideo(m.contentType)))
      await db
        .update(socialPostTargets)
        .set({ leaseUntil: new Date(deps.now().getTime() + videoLeaseMs) })
        .where(mine);
    const media = await mediaOf(deps, post.media ?? []);
    const call = {
      account: accountRef,
      text: textFor(post, row.network),
      media,
      beforeSend: async (next?: string) => {
        if (next) nonce = next;
        const res = await db.update(socialPostTargets).set({ phase: 'sending', nonce }).where(mine);
        // Another consumer claimed the target after this one's lease ran out (a long upload): it
        // publishes; this one stops before its creating request leaves.
        if (Number(res.rowsAffected ?? 0) !== 1) throw new ClaimLost();
        uncertain = true;
      },
    };
    let result: Published;
    try {
      result = await adapter.publish(ctx, { ...call, accessToken, nonce });
    } catch (err) {
      // A 401 is a token the network stopped taking (revoked early, clock skew): refresh once, retry once.
      if (!(err instanceof NetworkError && err.status === 401)) throw err;
      uncertain = false;
      accessToken = await freshToken(deps, account, true);
      result = await adapter.publish(ctx, { ...call, accessToken, nonce });
    }
    return await published(result, false);
  } catch (err) {
    if (err instanceof ClaimLost) return { kind: 'skipped' };
    if (!(err instanceof NetworkError)) throw err;
    const message = err.message.slice(0, 500);
    // No answer, or a server error that may have come after the post was made: the next attempt asks
    // the network first. A rate limit, a 503 or a 4xx says the post was not made.
    if (uncertain && !maybeAccepted(err.status)) uncertain = false;
    if (uncertain && adapter.network === 'x') return await unconfirmed(message, err.status);
    if (err.transient && row.attempts < maxAttempts) {
      const delaySeconds = backoffSeconds(row.attempts, err.retryAfterSeconds);
      await finish({
        status: 'pending',
        phase: uncertain ? 'sending' : null,
        nextAttemptAt: new Date(deps.now().getTime() + delaySeconds * 1000),
        lastError: message,
        lastStatus: err.status || null,
      });
      return { kind: 'retry', delaySeconds, status: err.status };
    }
    await finish({
      status: uncertain ? 'unconfirmed' : 'failed',
      nextAttemptAt: null,
      lastError: message,
      lastStatus: err.status || null,
    });
    return uncertain ? { kind: 'unconfirmed' } : { kind: 'failed', status: err.status || null, message };
  }

  /** A network that cannot tell whether it has the post (X): the creator confirms instead of a second post. */
  async function unconfirmed(reason: string | null, status: number | null): Promise<PublishOutcome> {
    await finish({
      status: 'unconfirmed',
      nextAttemptAt: null,
      lastStatus: status,
      lastError: `The post may have reached ${publishNetworkNames[row.network]}${reason ? ` (${reason})` : ''} but its answer was lost. Check the account, then confirm whether it is there.`,
    });
    return { kind: 'unconfirmed' };
  }
}

/**
 * The cron's part: scheduled posts whose time came start publishing, and every due target — first
 * attempts, retries whose time came, attempts whose consumer died — is handed to the queue.
 */
export async function runSocialCron(
  deps: SocialDeps,
  now: Date,
  queue: SocialPublishQueue,
  opts: { organizationId?: string; limit?: number } = {},
) {
  const db = dbOf(deps);
  const limit = opts.limit ?? 500;
  const org = opts.organizationId;
  const started = await db
    .update(socialPosts)
    .set({ status: 'publishing' })
    .where(
      and(
        eq(socialPosts.status, 'scheduled'),
        lte(socialPosts.scheduledAt, now),
        isNull(socialPosts.deletedAt),
        org ? eq(socialPosts.organizationId, org) : undefined,
      ),
    );
  const due = await db
    .select({ id: socialPostTargets.id })
    .from(socialPostTargets)
    .innerJoin(socialPosts, eq(socialPosts.id, socialPostTargets.postId))
    .where(
      and(
        eq(socialPosts.status, 'publishing'),
        or(
          and(eq(socialPostTargets.status, 'pending'), lte(socialPostTargets.nextAttemptAt, now)),
          and(eq(socialPostTargets.status, 'publishing'), lte(socialPostTargets.leaseUntil, now)),
        ),
        inArray(socialPostTargets.network, availableNetworks(deps)),
        org ? eq(socialPostTargets.organizationId, org) : undefined,
      ),
    )
    .orderBy(asc(socialPostTargets.nextAttemptAt))
    .limit(limit);
  for (let i = 0; i < due.length; i += 100)
    await queue.sendBatch(due.slice(i, i + 100).map((t) => ({ body: { targetId: t.id } })));
  return { started: Number(started.rowsAffected ?? 0), enqueued: due.length };
}

/** Engagement is kept fresh for posts published in the last 30 days, each at most every 15 minutes. */
export const statsWindowMs = 30 * 24 * 3600_000;
export const statsEveryMs = 15 * 60_000;

/** The five-minute cron's part: likes, reposts, replies (and impressions where told) of recent posts. */
export async function syncSocialStats(
  deps: SocialDeps,
  now: Date,
  opts: { organizationId?: string; limit?: number } = {},
) {
  const db = dbOf(deps);
  const rows = await db
    .select()
    .from(socialPostTargets)
    .where(
      and(
        eq(socialPostTargets.status, 'published'),
        gte(socialPostTargets.publishedAt, new Date(now.getTime() - statsWindowMs)),
        lte(socialPostTargets.publishedAt, now),
        or(
          isNull(socialPostTargets.statsSyncedAt),
          lte(socialPostTargets.statsSyncedAt, new Date(now.getTime() - statsEveryMs)),
        ),
        sql`${socialPostTargets.externalId} IS NOT NULL`,
        // A Worker without a network's app cannot read its stats: it must not mark them synced.
        inArray(socialPostTargets.network, availableNetworks(deps)),
        opts.organizationId ? eq(socialPostTargets.organizationId, opts.organizationId) : undefined,
      ),
    )
    .orderBy(sql`${socialPostTargets.statsSyncedAt} IS NOT NULL`, asc(socialPostTargets.statsSyncedAt))
    .limit(opts.limit ?? 100);
  let synced = 0;
  let failed = 0;
  for (const t of rows) {
    const [account] = await db.select().from(socialAccounts).where(eq(socialAccounts.id, t.accountId));
    try {
      if (account?.status !== 'connected') throw new Error('account not connected');
      const ctx = await accountContextOf(deps, account);
      const stats = await adapters[t.network].stats(ctx, {
        accessToken: await freshToken(deps, account, false),
        account: { externalId: account.externalId, handle: account.handle },
        externalId: t.externalId!,
      });
      await db
        .update(socialPostTargets)
        .set({ ...stats, statsSyncedAt: now })
        .where(eq(socialPostTargets.id, t.id));
      synced++;
    } catch (err) {
      failed++;
      // Marked as synced anyway, so one broken account does not take every run's whole batch.
      await db.update(socialPostTargets).set({ statsSyncedAt: now }).where(eq(socialPostTargets.id, t.id));
      deps.log.warn('social stats sync failed', {
        target: t.id,
        network: t.network,
        error: String((err as Error)?.message ?? err),
      });
    }
  }
  return { synced, failed };
}

/**
 * Networks whose long-lived access token ends unless it is renewed, and carries no refresh token:
 * Instagram's lasts 60 days and `ig_refresh_token` gives another 60. (X, Bluesky and Mastodon either
 * keep a refresh token or do not expire; their tokens are refreshed when next used.)
 */
const renewBeforeExpiry = ['instagram'] as const;
/** How long before its end such a token is renewed: a week, so a few failed runs still leave time. */
export const tokenKeepAliveMs = 7 * 86_400_000;

/**
 * The five-minute cron's part: an account the creator has not posted from for weeks must not lapse.
 * Tokens of `renewBeforeExpiry` networks that end within `tokenKeepAliveMs` are renewed now, under
 * the same row lock as any refresh. A refusal marks the account `needs_reauth` (the dashboard asks the
 * creator to connect it again); a network that is down is tried again on the next run.
 */
export async function renewExpiringTokens(
  deps: SocialDeps,
  now: Date,
  opts: { organizationId?: string; limit?: number } = {},
) {
  const networks = renewBeforeExpiry.filter((n) => availableNetworks(deps).includes(n));
  if (networks.length === 0) return { renewed: 0, refused: 0, failed: 0 };
  const accounts = await dbOf(deps)
    .select()
    .from(socialAccounts)
    .where(
      and(
        eq(socialAccounts.status, 'connected'),
        inArray(socialAccounts.network, networks),
        // An ended token cannot be renewed: only connecting again helps, which its next use will say.
        gte(socialAccounts.tokenExpiresAt, now),
        lte(socialAccounts.tokenExpiresAt, new Date(now.getTime() + tokenKeepAliveMs)),
        isNull(socialAccounts.deletedAt),
        opts.organizationId ? eq(socialAccounts.organizationId, opts.organizationId) : undefined,
      ),
    )
    .orderBy(asc(socialAccounts.tokenExpiresAt))
    .limit(opts.limit ?? 50);
  let renewed = 0;
  let refused = 0;
  let failed = 0;
  for (const account of accounts) {
    try {
      await freshToken(deps, account, true);
      renewed++;
    } catch (err) {
      if (err instanceof NetworkError && err.status === 401) refused++;
      else failed++;
      deps.log.warn('social token renewal failed', {
        account: account.id,
        network: account.network,
        error: String((err as Error)?.message ?? err),
      });
    }
  }
  return { renewed, refused, failed };
}

/** The origin the images of posts are public on (Instagram fetches them). */
export function mediaOriginOf(config: Parameters<typeof publicOrigin>[0]) {
  return publicOrigin(config, config.rootDomain);
}
