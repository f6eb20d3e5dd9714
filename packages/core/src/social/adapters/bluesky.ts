import { blueskyFacets } from '@mewayz/contracts';
import { NetworkError, type SocialAdapter } from './adapter.ts';
import { bearer, callJson, form, pkceAuthorizeUrl, requestTokens, withQuery } from './http.ts';

const scope = 'atproto transition:generic';
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

/**
 * Bluesky through XRPC on the account's PDS. Authorization is OAuth 2 with PKCE at the service; real
 * atproto OAuth also needs PAR and DPoP-bound tokens (docs/social-standins.md says what differs).
 */
export const blueskyAdapter: SocialAdapter = {
  network: 'bluesky',
  pkce: true,
  async authorizeUrl(ctx, req) {
    return pkceAuthorizeUrl(ctx.authorizeUrl, ctx, req, scope);
  },
  async exchangeCode(ctx, req) {
    return requestTokens(`${ctx.apiUrl}/oauth/token`, ctx, {
      grant_type: 'authorization_code',
      code: req.code,
      redirect_uri: req.redirectUri,
      code_verifier: req.codeVerifier,
      client_id: ctx.clientId,
    });
  },
  async refresh(ctx, tokens) {
    return requestTokens(`${ctx.apiUrl}/oauth/token`, ctx, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refreshToken,
      client_id: ctx.clientId,
    });
  },
  async revoke(ctx, tokens) {
    await callJson(`${ctx.apiUrl}/oauth/revoke`, {
      method: 'POST',
      body: form({ token: tokens.refreshToken ?? tokens.accessToken, client_id: ctx.clientId }),
      timeoutMs: ctx.timeoutMs,
    });
  },
  async me(ctx, accessToken) {
    const s = await callJson<{ did: string; handle: string }>(
      `${ctx.apiUrl}/xrpc/com.atproto.server.getSession`,
      {
        headers: bearer(accessToken),
        timeoutMs: ctx.timeoutMs,
      },
    );
    return { externalId: s.did, handle: `@${s.handle}`, displayName: null };
  },
  async publish(ctx, call) {
    const images = [];
    for (const m of call.media) {
      const up = await callJson<{ blob: unknown }>(`${ctx.apiUrl}/xrpc/com.atproto.repo.uploadBlob`, {
        method: 'POST',
        headers: { ...bearer(call.accessToken), 'content-type': m.contentType },
        body: m.bytes,
        timeoutMs: ctx.timeoutMs,
      });
      images.push({ image: up.blob, alt: m.alt });
    }
    const facets = blueskyFacets(call.text);
    const record = {
      $type: collection,
      text: call.text,
      createdAt: new Date().toISOString(),
      ...(facets.length ? { facets } : {}),
      ...(images.length ? { embed: { $type: 'app.bsky.embed.images', images } } : {}),
    };
    await call.beforeSend();
    const res = await callJson<{ uri: string }>(`${ctx.apiUrl}/xrpc/com.atproto.repo.createRecord`, {
      method: 'POST',
      headers: { ...bearer(call.accessToken), 'content-type': 'application/json' },
      body: JSON.stringify({ repo: call.account.externalId, collection, rkey: call.nonce, record }),
      timeoutMs: ctx.timeoutMs,
    });
    return { externalId: res.uri, url: postUrl(call.account.handle, call.nonce) };
  },
  async reconcile(ctx, call) {
    const url = withQuery(`${ctx.apiUrl}/xrpc/com.atproto.repo.getRecord`, {
      repo: call.account.externalId,
      collection,
      rkey: call.nonce,
    });
    try {
      const rec = await callJson<{ uri: string }>(url, {
        headers: bearer(call.accessToken),
        timeoutMs: ctx.timeoutMs,
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
    const { posts } = await callJson<{
      posts: { likeCount?: number; repostCount?: number; replyCount?: number; quoteCount?: number }[];
    }>(withQuery(`${ctx.apiUrl}/xrpc/app.bsky.feed.getPosts`, { uris: call.externalId }), {
      headers: bearer(call.accessToken),
      timeoutMs: ctx.timeoutMs,
    });
    const p = posts[0] ?? {};
    return {
      likes: p.likeCount ?? 0,
      reposts: (p.repostCount ?? 0) + (p.quoteCount ?? 0),
      replies: p.replyCount ?? 0,
      impressions: null,
    };
  },
};
