import type { SocialAdapter } from './adapter.ts';
import { bearer, callJson, form, pkceAuthorizeUrl, requestTokens } from './http.ts';

const scopes = 'tweet.read tweet.write users.read media.write offline.access';

function basic(ctx: { clientId: string; clientSecret: string | null }): Record<string, string> {
  // A confidential client authenticates with Basic; a public one sends its client_id in the form.
  return ctx.clientSecret
    ? {
        authorization: `Basic ${btoa(`${encodeURIComponent(ctx.clientId)}:${encodeURIComponent(ctx.clientSecret)}`)}`,
      }
    : {};
}

/**
 * X (API v2): OAuth 2 with PKCE, access tokens of two hours and rotating refresh tokens
 * (`offline.access`). `POST /2/tweets` has no idempotency key, so a lost answer is `unknown`.
 */
export const xAdapter: SocialAdapter = {
  network: 'x',
  pkce: true,
  async authorizeUrl(ctx, req) {
    return pkceAuthorizeUrl(ctx.authorizeUrl, ctx, req, scopes);
  },
  async exchangeCode(ctx, req) {
    return requestTokens(
      `${ctx.apiUrl}/2/oauth2/token`,
      ctx,
      {
        grant_type: 'authorization_code',
        code: req.code,
        redirect_uri: req.redirectUri,
        code_verifier: req.codeVerifier,
        client_id: ctx.clientId,
      },
      basic(ctx),
    );
  },
  async refresh(ctx, tokens) {
    return requestTokens(
      `${ctx.apiUrl}/2/oauth2/token`,
      ctx,
      { grant_type: 'refresh_token', refresh_token: tokens.refreshToken, client_id: ctx.clientId },
      basic(ctx),
    );
  },
  async revoke(ctx, tokens) {
    for (const [token, hint] of [
      [tokens.refreshToken, 'refresh_token'],
      [tokens.accessToken, 'access_token'],
    ] as const) {
      if (!token) continue;
      await callJson(`${ctx.apiUrl}/2/oauth2/revoke`, {
        method: 'POST',
        headers: basic(ctx),
        body: form({ token, token_type_hint: hint, client_id: ctx.clientId }),
        timeoutMs: ctx.timeoutMs,
      });
    }
  },
  async me(ctx, accessToken) {
    const { data } = await callJson<{ data: { id: string; username: string; name?: string } }>(
      `${ctx.apiUrl}/2/users/me`,
      { headers: bearer(accessToken), timeoutMs: ctx.timeoutMs },
    );
    return { externalId: data.id, handle: `@${data.username}`, displayName: data.name ?? null };
  },
  async publish(ctx, call) {
    const mediaIds: string[] = [];
    for (const m of call.media) {
      const data = new FormData();
      data.set('media', new Blob([m.bytes], { type: m.contentType }), 'image');
      data.set('media_category', 'tweet_image');
      const up = await callJson<{ data: { id: string } }>(`${ctx.apiUrl}/2/media/upload`, {
        method: 'POST',
        headers: bearer(call.accessToken),
        body: data,
        timeoutMs: ctx.timeoutMs,
      });
      mediaIds.push(up.data.id);
    }
    await call.beforeSend();
    const { data } = await callJson<{ data: { id: string } }>(`${ctx.apiUrl}/2/tweets`, {
      method: 'POST',
      headers: { ...bearer(call.accessToken), 'content-type': 'application/json' },
      body: JSON.stringify({
        text: call.text,
        ...(mediaIds.length ? { media: { media_ids: mediaIds } } : {}),
      }),
      timeoutMs: ctx.timeoutMs,
    });
    return {
      externalId: data.id,
      url: `https://x.com/${call.account.handle.replace(/^@/, '')}/status/${data.id}`,
    };
  },
  async reconcile() {
    return { state: 'unknown' };
  },
  async stats(ctx, call) {
    const { data } = await callJson<{
      data: { public_metrics?: Record<string, number> };
    }>(`${ctx.apiUrl}/2/tweets/${encodeURIComponent(call.externalId)}?tweet.fields=public_metrics`, {
      headers: bearer(call.accessToken),
      timeoutMs: ctx.timeoutMs,
    });
    const m = data.public_metrics ?? {};
    return {
      likes: m.like_count ?? 0,
      reposts: (m.retweet_count ?? 0) + (m.quote_count ?? 0),
      replies: m.reply_count ?? 0,
      impressions: m.impression_count ?? null,
    };
  },
};
