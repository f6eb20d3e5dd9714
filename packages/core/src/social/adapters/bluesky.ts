import { blueskyFacets, isSocialVideo } from '@mewayz/contracts';
import { type AdapterContext, NetworkError, type SocialAdapter } from './adapter.ts';
import {
  type AtprotoSession,
  atprotoScope,
  atprotoTokenRequest,
  authServerMetadata,
  dpopCall,
  pushAuthorization,
} from './atproto.ts';
import { form, withQuery } from './http.ts';

const alphabet = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * A record key in atproto's TID format (13 base32-sortable characters: microseconds since the epoch
 * and a random clock id), chosen once per target: `createRecord` with a key already taken fails, and
 * `getRecord` with it finds an attempt whose answer was lost.
 */
export function newTid(nowMs = Date.now()): string {
  const clockId = BigInt(Math.floor(Math.random() * 1024));
  let n = (BigInt(nowMs) * 1000n + BigInt(Math.floor(Math.random() * 1000))) << 10n;
  n |= clockId;
  let s = '';
  for (let i = 0; i < 13; i++) {
    s = alphabet[Number(n & 31n)] + s;
    n >>= 5n;
  }
  return s;
}

const collection = 'app.bsky.feed.post';
const postUrl = (handle: string, rkey: string) =>
  `https://bsky.app/profile/${handle.replace(/^@/, '')}/post/${rkey}`;

/** The connection's (or account's) atproto session; an account connected before DPoP has none. */
function sessionOf(ctx: AdapterContext): AtprotoSession {
  const session = ctx.atproto?.session;
  if (!session)
    throw new NetworkError(401, 'This Bluesky connection predates atproto OAuth; connect the account again.');
  return session;
}

function resolverOf(ctx: AdapterContext) {
  if (!ctx.atproto) throw new NetworkError(400, 'Bluesky is not configured for atproto OAuth.');
  return ctx.atproto.resolver;
}

/** An XRPC call to the account's PDS with its DPoP-bound access token. */
function xrpc<T>(
  ctx: AdapterContext,
  accessToken: string,
  method: string,
  nsid: string,
  opts: { query?: Record<string, string>; json?: unknown; bytes?: Uint8Array; contentType?: string } = {},
): Promise<T> {
  const session = sessionOf(ctx);
  const base = `${session.pdsUrl}/xrpc/${nsid}`;
  return dpopCall<T>(session, opts.query ? withQuery(base, opts.query) : base, {
    method,
    accessToken,
    timeoutMs: ctx.timeoutMs,
    ...(opts.json !== undefined
      ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(opts.json) }
      : {}),
    ...(opts.bytes ? { headers: { 'content-type': opts.contentType ?? '' }, body: opts.bytes } : {}),
  });
}

/**
 * Bluesky through atproto OAuth and XRPC on the account's PDS. The client id is the URL of the client
 * metadata document the dashboard serves (`blueskyClientMetadata`); the connection's PDS and
 * authorization server are resolved from the handle (`accounts.ts`), authorization goes through a
 * pushed request, and every token request and PDS call carries a DPoP proof of the account's key.
 */
export const blueskyAdapter: SocialAdapter = {
  network: 'bluesky',
  pkce: true,
  async authorizeUrl(ctx, req) {
    const session = sessionOf(ctx);
    const meta = await authServerMetadata(resolverOf(ctx), session.issuer);
    return pushAuthorization(
      session,
      meta,
      {
        client_id: ctx.clientId,
        response_type: 'code',
        redirect_uri: req.redirectUri,
        scope: atprotoScope,
        state: req.state,
        code_challenge: req.codeChallenge,
        code_challenge_method: 'S256',
        ...(req.loginHint ? { login_hint: req.loginHint } : {}),
      },
      ctx.timeoutMs,
    );
  },
  async exchangeCode(ctx, req) {
    const session = sessionOf(ctx);
    // RFC 9207: the code must come from the authorization server the connection was started at.
    if (req.issuer !== session.issuer)
      throw new NetworkError(400, 'The authorization answer came from another authorization server.');
    const meta = await authServerMetadata(resolverOf(ctx), session.issuer);
    return atprotoTokenRequest(
      session,
      meta.token_endpoint,
      {
        grant_type: 'authorization_code',
        code: req.code,
        redirect_uri: req.redirectUri,
        code_verifier: req.codeVerifier,
        client_id: ctx.clientId,
      },
      ctx.timeoutMs,
    );
  },
  async refresh(ctx, tokens) {
    const session = sessionOf(ctx);
    const meta = await authServerMetadata(resolverOf(ctx), session.issuer);
    return atprotoTokenRequest(
      session,
      meta.token_endpoint,
      { grant_type: 'refresh_token', refresh_token: tokens.refreshToken, client_id: ctx.clientId },
      ctx.timeoutMs,
    );
  },
  async revoke(ctx, tokens) {
    const session = sessionOf(ctx);
    const meta = await authServerMetadata(resolverOf(ctx), session.issuer);
    if (!meta.revocation_endpoint) return;
    await dpopCall(session, meta.revocation_endpoint, {
      method: 'POST',
      body: form({ token: tokens.refreshToken ?? tokens.accessToken, client_id: ctx.clientId }),
      timeoutMs: ctx.timeoutMs,
    });
  },
  async me(ctx, accessToken) {
    const s = await xrpc<{ did: string; handle: string }>(
      ctx,
      accessToken,
      'GET',
      'com.atproto.server.getSession',
    );
    if (s.did !== sessionOf(ctx).did)
      throw new NetworkError(400, 'The PDS answered for another account than the one authorized.');
    return { externalId: s.did, handle: `@${s.handle}`, displayName: null };
  },
  async publish(ctx, call) {
    const blobs = [];
    for (const m of call.media) {
      const up = await xrpc<{ blob: unknown }>(ctx, call.accessToken, 'POST', 'com.atproto.repo.uploadBlob', {
        bytes: m.bytes,
        contentType: m.contentType,
      });
      blobs.push({ blob: up.blob, alt: m.alt });
    }
    const facets = blueskyFacets(call.text);
    // A video is a blob on the PDS like an image (Bluesky's documented simple method): its video service
    // processes it once the post appears, so for a few seconds the post shows it loading.
    const video = call.media.length === 1 && isSocialVideo(call.media[0]!.contentType);
    const embed = video
      ? { $type: 'app.bsky.embed.video', video: blobs[0]!.blob, alt: blobs[0]!.alt }
      : blobs.length
        ? { $type: 'app.bsky.embed.images', images: blobs.map((b) => ({ image: b.blob, alt: b.alt })) }
        : null;
    const record = {
      $type: collection,
      text: call.text,
      createdAt: new Date().toISOString(),
      ...(facets.length ? { facets } : {}),
      ...(embed ? { embed } : {}),
    };
    await call.beforeSend();
    const res = await xrpc<{ uri: string }>(ctx, call.accessToken, 'POST', 'com.atproto.repo.createRecord', {
      json: { repo: call.account.externalId, collection, rkey: call.nonce, record },
    });
    return { externalId: res.uri, url: postUrl(call.account.handle, call.nonce) };
  },
  async reconcile(ctx, call) {
    try {
      const rec = await xrpc<{ uri: string }>(ctx, call.accessToken, 'GET', 'com.atproto.repo.getRecord', {
        query: { repo: call.account.externalId, collection, rkey: call.nonce },
      });
      return {
        state: 'present',
        post: { externalId: rec.uri, url: postUrl(call.account.handle, call.nonce) },
      };
    } catch (err) {
      // XRPC answers a missing record with 400 RecordNotFound (or 404).
      if (err instanceof NetworkError && (err.status === 400 || err.status === 404))
        return { state: 'absent' };
      throw err;
    }
  },
  async stats(ctx, call) {
    const { posts } = await xrpc<{
      posts: { likeCount?: number; repostCount?: number; replyCount?: number; quoteCount?: number }[];
    }>(ctx, call.accessToken, 'GET', 'app.bsky.feed.getPosts', { query: { uris: call.externalId } });
    const p = posts[0] ?? {};
    return {
      likes: p.likeCount ?? 0,
      reposts: (p.repostCount ?? 0) + (p.quoteCount ?? 0),
      replies: p.replyCount ?? 0,
      impressions: null,
    };
  },
};

/**
 * The client metadata document served at the client id's URL (atproto OAuth's client registration):
 * a public web client — no client secret, so no key to keep in two Workers — with DPoP-bound tokens
 * and the dashboard's callback. See docs/decisions/0015-atproto-oauth-for-bluesky.md.
 */
export function blueskyClientMetadata(app: { clientId: string }, callbackUrl: string) {
  const origin = new URL(callbackUrl).origin;
  return {
    client_id: app.clientId,
    client_name: 'Mewayz',
    client_uri: origin,
    application_type: 'web',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    scope: atprotoScope,
    redirect_uris: [callbackUrl],
    token_endpoint_auth_method: 'none',
    dpop_bound_access_tokens: true,
  };
}
