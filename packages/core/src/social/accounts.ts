import { type PublishNetwork, publishNetworkNames, publishNetworks } from '@mewayz/contracts';
import { socialAccounts, socialPostTargets } from '@mewayz/db/schema';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { sha256Hex, toBase64Url, utf8 } from '../crypto/index.ts';
import { randomToken } from '../crypto/random.ts';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { NotFound, ValidationFailed } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { webhookUrlProblem } from '../webhooks/url-policy.ts';
import { type AdapterContext, NetworkError, type SocialAdapter, type TokenSet } from './adapters/adapter.ts';
import {
  type AtprotoResolver,
  type AtprotoSession,
  authServerOfPds,
  type DpopNonceStore,
  dpopKeyOf,
  newDpopKey,
  normalizeAtIdentifier,
  resolveAtIdentity,
} from './adapters/atproto.ts';
import { blueskyAdapter } from './adapters/bluesky.ts';
import { instagramAdapter } from './adapters/instagram.ts';
import { mastodonAdapter, registerMastodonApp } from './adapters/mastodon.ts';
import { xAdapter } from './adapters/x.ts';
import { SocialConnectFailed, SocialNetworkNotConfigured } from './errors.ts';
import type { SocialSettings } from './settings.ts';

/** What the social services need: the core deps, the secret box the tokens are sealed in, the settings. */
export type SocialDeps = CoreDeps & { secrets: SecretBox; social: SocialSettings };

export type SocialAccountRow = typeof socialAccounts.$inferSelect;

export const adapters: Record<PublishNetwork, SocialAdapter> = {
  bluesky: blueskyAdapter,
  mastodon: mastodonAdapter,
  x: xAdapter,
  instagram: instagramAdapter,
};

/** How long a started connection may take in the network's authorization page. */
const connectTtlSeconds = 600;
/** Tokens are refreshed when they have less than this left. */
export const refreshMarginMs = 5 * 60_000;

export function accountView(row: SocialAccountRow) {
  return {
    id: row.id,
    network: row.network,
    instanceUrl: row.instanceUrl || null,
    handle: row.handle,
    displayName: row.displayName,
    status: row.status,
    lastError: row.lastError,
    tokenExpiresAt: row.tokenExpiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
export type SocialAccountView = ReturnType<typeof accountView>;

/** The networks this deployment can connect (Mastodon always: any instance). */
export function availableNetworks(deps: SocialDeps): PublishNetwork[] {
  return publishNetworks.filter((n) => n === 'mastodon' || deps.social.apps[n]);
}

export async function listSocialAccounts(_deps: CoreDeps, scope: TenantScope) {
  const rows = await scope.list(socialAccounts, undefined, {
    orderBy: [desc(socialAccounts.createdAt), desc(socialAccounts.id)],
    limit: 100,
  });
  return rows.map(accountView);
}

export async function loadAccount(scope: TenantScope, accountId: string): Promise<SocialAccountRow> {
  assertId('socialAccount', accountId);
  const row = await scope.first(socialAccounts, eq(socialAccounts.id, accountId));
  if (!row) throw new NotFound('Social account');
  return row;
}

function instanceOf(deps: SocialDeps, raw: string | undefined): string {
  const value = (raw ?? '').trim();
  // A bare host means https; another scheme is refused by the URL policy, not guessed around.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  const problem = value
    ? webhookUrlProblem(withScheme, deps.social.allowPrivateUrls)
    : 'Enter your Mastodon instance, like mastodon.social';
  if (problem)
    throw new ValidationFailed('The Mastodon instance is not valid.', [
      { path: 'instanceUrl', message: problem },
    ]);
  const u = new URL(withScheme);
  // The instance's origin plus any path prefix (the local stand-in serves Mastodon under /mastodon).
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

const mastodonAppKey = (instance: string, redirect: string) => `social:mastodon-app:${instance}|${redirect}`;

/**
 * The app's credentials at a Mastodon instance, registered on first use and kept in Redis (the
 * secret sealed). Losing them only means registering again; tokens issued to the old app keep working.
 */
async function mastodonApp(deps: SocialDeps, instance: string) {
  const key = mastodonAppKey(instance, deps.social.callbackUrl);
  const cached = (await deps.redis.get(key)) as unknown;
  const parsed = typeof cached === 'string' ? (JSON.parse(cached) as unknown) : cached;
  if (parsed && typeof parsed === 'object' && 'clientId' in parsed && 'clientSecret' in parsed) {
    const app = parsed as { clientId: string; clientSecret: string };
    return { clientId: app.clientId, clientSecret: await deps.secrets.decrypt(app.clientSecret) };
  }
  const app = await registerMastodonApp(instance, deps.social.callbackUrl, deps.social.timeoutMs);
  await deps.redis.set(
    key,
    JSON.stringify({ clientId: app.clientId, clientSecret: await deps.secrets.encrypt(app.clientSecret) }),
  );
  return app;
}

/** Where an adapter talks to for an account (or a connection being made) on `network`. */
export async function contextOf(
  deps: SocialDeps,
  network: PublishNetwork,
  instanceUrl: string,
): Promise<AdapterContext> {
  if (network === 'mastodon') {
    const app = await mastodonApp(deps, instanceUrl);
    return {
      apiUrl: instanceUrl,
      authorizeUrl: `${instanceUrl}/oauth/authorize`,
      ...app,
      timeoutMs: deps.social.timeoutMs,
    };
  }
  const app = deps.social.apps[network];
  if (!app) throw new SocialNetworkNotConfigured(publishNetworkNames[network]);
  const { plcUrl, ...rest } = app;
  return {
    ...rest,
    timeoutMs: deps.social.timeoutMs,
    ...(network === 'bluesky' ? { atproto: { resolver: atprotoResolverOf(deps, app) } } : {}),
  };
}

function atprotoResolverOf(deps: SocialDeps, app: { apiUrl: string; plcUrl?: string }): AtprotoResolver {
  return {
    handleResolverUrl: app.apiUrl,
    plcUrl: app.plcUrl ?? 'https://plc.directory',
    allowPrivateUrls: deps.social.allowPrivateUrls,
    timeoutMs: deps.social.timeoutMs,
  };
}

/** The DPoP nonce each server last handed out, shared by the isolates through Redis. */
function dpopNonces(deps: SocialDeps): DpopNonceStore {
  const key = (origin: string) => `social:dpop-nonce:${origin}`;
  return {
    async get(origin) {
      const v = (await deps.redis.get(key(origin))) as unknown;
      return typeof v === 'string' ? v : null;
    },
    async set(origin, nonce) {
      await deps.redis.set(key(origin), nonce, { ex: 300 });
    },
  };
}

/**
 * Where an adapter talks to for a connected account: `contextOf`, and for Bluesky the account's
 * atproto session (its PDS, authorization server and unsealed DPoP key). A Bluesky account connected
 * before atproto OAuth has no session: its calls answer 401 and its refresh asks for a new connection.
 */
export async function accountContextOf(deps: SocialDeps, row: SocialAccountRow): Promise<AdapterContext> {
  const ctx = await contextOf(deps, row.network, row.instanceUrl);
  if (row.network !== 'bluesky' || !ctx.atproto) return ctx;
  if (!row.pdsUrl || !row.authServer || !row.dpopKey) return ctx;
  const session: AtprotoSession = {
    did: row.externalId,
    handle: row.handle.replace(/^@/, ''),
    pdsUrl: row.pdsUrl,
    issuer: row.authServer,
    dpopKey: dpopKeyOf(await deps.secrets.decrypt(row.dpopKey)),
    nonces: dpopNonces(deps),
  };
  return { ...ctx, apiUrl: row.pdsUrl, atproto: { ...ctx.atproto, session } };
}

/** What a Bluesky connection in progress keeps between its start and the callback. */
interface PendingAtproto {
  did: string;
  handle: string;
  pdsUrl: string;
  issuer: string;
  /** The DPoP key (sealed): the code is bound to it, and so will be the account's tokens. */
  dpopKey: string;
}

/**
 * The first half of atproto OAuth for a typed handle: handle → DID → DID document → PDS → its
 * authorization server, and a new DPoP key for the account.
 */
async function startAtproto(deps: SocialDeps, ctx: AdapterContext, raw: string | undefined) {
  const identifier = normalizeAtIdentifier(raw ?? '');
  if (!identifier)
    throw new ValidationFailed('The Bluesky handle is not valid.', [
      { path: 'handle', message: 'Enter your Bluesky handle, like alice.bsky.social' },
    ]);
  const resolver = ctx.atproto!.resolver;
  try {
    const who = await resolveAtIdentity(resolver, identifier);
    const issuer = await authServerOfPds(resolver, who.pdsUrl);
    const session: AtprotoSession = {
      ...who,
      issuer,
      dpopKey: await newDpopKey(),
      nonces: dpopNonces(deps),
    };
    return session;
  } catch (err) {
    if (err instanceof NetworkError)
      throw new ValidationFailed('The Bluesky handle could not be resolved.', [
        { path: 'handle', message: err.message },
      ]);
    throw err;
  }
}

interface PendingConnect {
  org: string;
  network: PublishNetwork;
  instanceUrl: string;
  verifier: string;
  userId: string | null;
  atproto?: PendingAtproto;
}

const connectKey = async (state: string) => `social:connect:${await sha256Hex(state)}`;

/**
 * Start connecting an account: the URL of the network's authorization page. The state and the PKCE
 * verifier wait in Redis for ten minutes, bound to this organization and member.
 */
export async function startSocialConnect(
  deps: SocialDeps,
  scope: TenantScope,
  actor: Actor,
  input: { network: PublishNetwork; instanceUrl?: string; handle?: string },
): Promise<{ authorizeUrl: string }> {
  if (!publishNetworks.includes(input.network))
    throw new ValidationFailed('Choose a network.', [{ path: 'network', message: 'Choose a network' }]);
  const instanceUrl = input.network === 'mastodon' ? instanceOf(deps, input.instanceUrl) : '';
  let ctx: AdapterContext;
  try {
    ctx = await contextOf(deps, input.network, instanceUrl);
  } catch (err) {
    if (err instanceof NetworkError)
      throw new SocialConnectFailed(`${instanceUrl} did not register Mewayz: ${err.message}`);
    throw err;
  }
  const session = input.network === 'bluesky' ? await startAtproto(deps, ctx, input.handle) : null;
  if (session && ctx.atproto) ctx.atproto.session = session;
  const state = randomToken(24);
  const verifier = randomToken(48);
  const challenge = toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8.encode(verifier))));
  const pending: PendingConnect = {
    org: scope.orgId,
    network: input.network,
    instanceUrl,
    verifier,
    userId: actor.userId ?? null,
    ...(session
      ? {
          atproto: {
            did: session.did,
            handle: session.handle,
            pdsUrl: session.pdsUrl,
            issuer: session.issuer,
            dpopKey: await deps.secrets.encrypt(JSON.stringify(session.dpopKey)),
          },
        }
      : {}),
  };
  await deps.redis.set(await connectKey(state), JSON.stringify(pending), { ex: connectTtlSeconds });
  let authorizeUrl: string;
  try {
    authorizeUrl = await adapters[input.network].authorizeUrl(ctx, {
      redirectUri: deps.social.callbackUrl,
      state,
      codeChallenge: challenge,
      ...(session ? { loginHint: session.handle } : {}),
    });
  } catch (err) {
    if (err instanceof NetworkError)
      throw new SocialConnectFailed(
        `${publishNetworkNames[input.network]} did not take the authorization request: ${err.message}`,
      );
    throw err;
  }
  return { authorizeUrl };
}

/**
 * Finish connecting: the network sent the creator back with `code` and `state`. The state is taken
 * (once) and must belong to this organization; the code is exchanged for tokens, sealed and stored.
 * Connecting an account already connected replaces its tokens.
 */
export async function finishSocialConnect(
  deps: SocialDeps,
  scope: TenantScope,
  actor: Actor,
  input: {
    state: string;
    code?: string | null;
    error?: string | null;
    errorDescription?: string | null;
    /** The authorization server's `iss` (RFC 9207), checked for Bluesky. */
    iss?: string | null;
  },
): Promise<SocialAccountView> {
  const raw = /^[A-Za-z0-9_-]{16,64}$/.test(input.state)
    ? await deps.redis.getdel(await connectKey(input.state))
    : null;
  const pending = (typeof raw === 'string' ? JSON.parse(raw) : raw) as PendingConnect | null;
  if (!pending || pending.org !== scope.orgId)
    throw new SocialConnectFailed(
      'This authorization expired or was started elsewhere. Connect the account again.',
    );
  const name = publishNetworkNames[pending.network];
  if (input.error || !input.code)
    throw new SocialConnectFailed(
      `${name} did not authorize Mewayz${input.errorDescription ? `: ${input.errorDescription.slice(0, 200)}` : '.'}`,
    );
  const adapter = adapters[pending.network];
  const ctx = await contextOf(deps, pending.network, pending.instanceUrl);
  const atproto = pending.atproto;
  if (atproto && ctx.atproto) {
    ctx.atproto.session = {
      did: atproto.did,
      handle: atproto.handle,
      pdsUrl: atproto.pdsUrl,
      issuer: atproto.issuer,
      dpopKey: dpopKeyOf(await deps.secrets.decrypt(atproto.dpopKey)),
      nonces: dpopNonces(deps),
    };
    ctx.apiUrl = atproto.pdsUrl;
  }
  let tokens: TokenSet;
  let info: Awaited<ReturnType<SocialAdapter['me']>>;
  try {
    tokens = await adapter.exchangeCode(ctx, {
      code: input.code,
      redirectUri: deps.social.callbackUrl,
      codeVerifier: pending.verifier,
      issuer: input.iss ?? null,
    });
    info = await adapter.me(ctx, tokens.accessToken);
  } catch (err) {
    if (err instanceof NetworkError)
      throw new SocialConnectFailed(`${name} refused the connection: ${err.message}`);
    throw err;
  }
  const sealed = {
    accessToken: await deps.secrets.encrypt(tokens.accessToken),
    refreshToken: tokens.refreshToken ? await deps.secrets.encrypt(tokens.refreshToken) : null,
    tokenExpiresAt: tokens.expiresAt,
    scopes: tokens.scope?.slice(0, 255) ?? null,
    ...(atproto ? { pdsUrl: atproto.pdsUrl, authServer: atproto.issuer, dpopKey: atproto.dpopKey } : {}),
  };
  const key = and(
    eq(socialAccounts.network, pending.network),
    eq(socialAccounts.instanceUrl, pending.instanceUrl),
    eq(socialAccounts.externalId, info.externalId),
  );
  const id = await scope.transaction(async (tx) => {
    const existing = await tx.first(socialAccounts, key, { withDeleted: true });
    const fields = {
      ...sealed,
      handle: info.handle.slice(0, 128),
      displayName: info.displayName?.slice(0, 200) ?? null,
      status: 'connected' as const,
      lastError: null,
      connectedBy: actor.userId ?? null,
      deletedAt: null,
    };
    const accountId = existing?.id ?? newId('socialAccount');
    if (existing) await tx.update(socialAccounts, fields, eq(socialAccounts.id, accountId));
    else
      await tx.insert(socialAccounts, {
        id: accountId,
        network: pending.network,
        instanceUrl: pending.instanceUrl,
        externalId: info.externalId,
        ...fields,
      });
    await recordAudit(tx, actor, {
      action: 'social_account.connected',
      targetType: 'social_account',
      targetId: accountId,
      metadata: { network: pending.network, handle: info.handle },
    });
    return accountId;
  });
  return accountView(await loadAccount(scope, id));
}

export async function unsealTokens(deps: SocialDeps, row: SocialAccountRow): Promise<TokenSet> {
  return {
    accessToken: await deps.secrets.decrypt(row.accessToken),
    refreshToken: row.refreshToken ? await deps.secrets.decrypt(row.refreshToken) : null,
    expiresAt: row.tokenExpiresAt,
    scope: row.scopes,
  };
}

/**
 * Disconnect: the grant is revoked at the network (best effort — a network that is down must not keep
 * the creator connected), the tokens are erased, and the account's unpublished targets are canceled.
 */
export async function disconnectSocialAccount(
  deps: SocialDeps,
  scope: TenantScope,
  actor: Actor,
  accountId: string,
) {
  const row = await loadAccount(scope, accountId);
  let revokeError: string | null = null;
  if (row.status !== 'revoked') {
    try {
      const ctx = await accountContextOf(deps, row);
      await adapters[row.network].revoke(ctx, await unsealTokens(deps, row));
    } catch (err) {
      revokeError = err instanceof Error ? err.message.slice(0, 200) : 'revocation failed';
      deps.log.warn('social token revocation failed', {
        account: row.id,
        network: row.network,
        error: revokeError,
      });
    }
  }
  await scope.transaction(async (tx) => {
    await tx.update(
      socialAccounts,
      {
        status: 'revoked',
        accessToken: '',
        refreshToken: null,
        tokenExpiresAt: null,
        dpopKey: null,
        deletedAt: deps.now(),
      },
      eq(socialAccounts.id, row.id),
    );
    await tx.update(
      socialPostTargets,
      { status: 'canceled', lastError: 'The account was disconnected.', nextAttemptAt: null },
      and(
        eq(socialPostTargets.accountId, row.id),
        inArray(socialPostTargets.status, ['pending', 'unconfirmed']),
      ),
    );
    await recordAudit(tx, actor, {
      action: 'social_account.disconnected',
      targetType: 'social_account',
      targetId: row.id,
      metadata: { network: row.network, revoked: revokeError === null },
    });
  });
  return { revoked: revokeError === null };
}
