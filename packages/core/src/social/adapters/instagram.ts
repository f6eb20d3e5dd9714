import { isSocialVideo } from '@mewayz/contracts';
import { type AdapterContext, NetworkError, type SocialAdapter, type TokenSet } from './adapter.ts';
import { bearer, callJson, expiresIn, form, pause, withQuery } from './http.ts';

const scope = 'instagram_business_basic,instagram_business_content_publish';

interface ShortLived {
  access_token?: string;
  user_id?: string | number;
}

/** A long-lived token from Graph's `access_token` (exchange) or `refresh_access_token` (refresh). */
async function longLived(ctx: AdapterContext, url: string): Promise<TokenSet> {
  const body = await callJson<{ access_token?: string; expires_in?: number }>(url, {
    timeoutMs: ctx.timeoutMs,
  });
  if (!body?.access_token) throw new NetworkError(502, 'Instagram answered without a long-lived token');
  return {
    accessToken: body.access_token,
    refreshToken: null,
    // Graph says 60 days in seconds; without it, assume 60 days (refreshed five minutes early).
    expiresAt: expiresIn(body.expires_in) ?? new Date(Date.now() + 60 * 86_400_000),
    scope,
  };
}

/**
 * Instagram (professional accounts, Instagram API with Instagram Login): no PKCE, a long-lived token
 * of 60 days refreshed with itself, and publishing in two steps — a media container from a public
 * image URL, then `media_publish`. The container id is the attempt's nonce: a container already
 * published tells us the attempt went through even when its answer was lost.
 */
export const instagramAdapter: SocialAdapter = {
  network: 'instagram',
  pkce: false,
  async authorizeUrl(ctx, req) {
    return withQuery(ctx.authorizeUrl, {
      client_id: ctx.clientId,
      redirect_uri: req.redirectUri,
      response_type: 'code',
      scope,
      state: req.state,
    });
  },
  async exchangeCode(ctx, req) {
    if (!ctx.clientSecret)
      throw new NetworkError(
        400,
        'Instagram needs the app secret (SOCIAL_INSTAGRAM_APP_SECRET) to exchange tokens',
      );
    // The code buys a short-lived token (one hour) at api.instagram.com …
    const short = await callJson<ShortLived | { data?: ShortLived[] }>(
      ctx.tokenUrl ?? `${ctx.apiUrl}/oauth/access_token`,
      {
        method: 'POST',
        body: form({
          client_id: ctx.clientId,
          client_secret: ctx.clientSecret,
          grant_type: 'authorization_code',
          redirect_uri: req.redirectUri,
          code: req.code,
        }),
        timeoutMs: ctx.timeoutMs,
      },
    );
    const shortToken = 'data' in short ? short.data?.[0]?.access_token : (short as ShortLived).access_token;
    if (!shortToken) throw new NetworkError(502, 'Instagram answered the code without an access token');
    // … which Graph exchanges for a long-lived one (60 days), refreshed with itself before it runs out.
    return longLived(
      ctx,
      withQuery(`${ctx.apiUrl}/access_token`, {
        grant_type: 'ig_exchange_token',
        client_secret: ctx.clientSecret,
        access_token: shortToken,
      }),
    );
  },
  async refresh(ctx, tokens) {
    return longLived(
      ctx,
      withQuery(`${ctx.apiUrl}/refresh_access_token`, {
        grant_type: 'ig_refresh_token',
        access_token: tokens.accessToken,
      }),
    );
  },
  async revoke() {
    // Instagram Login has no revocation endpoint: the creator removes the app in Instagram's settings.
  },
  async me(ctx, accessToken) {
    const me = await callJson<{ user_id?: string; id: string; username: string; name?: string }>(
      withQuery(`${ctx.apiUrl}/me`, { fields: 'user_id,username,name' }),
      { headers: bearer(accessToken), timeoutMs: ctx.timeoutMs },
    );
    return {
      externalId: String(me.user_id ?? me.id),
      handle: `@${me.username}`,
      displayName: me.name ?? null,
    };
  },
  async publish(ctx, call) {
    const item = call.media[0];
    if (!item) throw new NetworkError(400, 'Instagram posts need an image or a video');
    const video = isSocialVideo(item.contentType);
    let container = call.nonce.startsWith('ig:') ? call.nonce.slice(3) : null;
    if (!container) {
      const made = await callJson<{ id: string }>(`${ctx.apiUrl}/${call.account.externalId}/media`, {
        method: 'POST',
        headers: bearer(call.accessToken),
        // A video is a REELS container that Instagram fetches and processes before it can be published.
        body: form(
          video
            ? { media_type: 'REELS', video_url: item.publicUrl, caption: call.text }
            : { image_url: item.publicUrl, caption: call.text, alt_text: item.alt || undefined },
        ),
        timeoutMs: ctx.timeoutMs,
      });
      container = made.id;
      // Remembered at once: an attempt that ends while Instagram processes the video keeps its container.
      if (video) await call.beforeSend(`ig:${container}`);
    }
    if (video) await waitForContainer(ctx, call.accessToken, container);
    // The container is remembered before publishing, so a repeated attempt can ask about it.
    await call.beforeSend(`ig:${container}`);
    const published = await callJson<{ id: string }>(
      `${ctx.apiUrl}/${call.account.externalId}/media_publish`,
      {
        method: 'POST',
        headers: bearer(call.accessToken),
        body: form({ creation_id: container }),
        timeoutMs: ctx.timeoutMs,
      },
    );
    const media = await callJson<{ permalink?: string }>(
      withQuery(`${ctx.apiUrl}/${published.id}`, { fields: 'permalink' }),
      { headers: bearer(call.accessToken), timeoutMs: ctx.timeoutMs },
    ).catch(() => ({ permalink: undefined }));
    return { externalId: published.id, url: media.permalink ?? null };
  },
  async reconcile(ctx, call) {
    if (!call.nonce.startsWith('ig:')) return { state: 'absent' };
    const c = await callJson<{ status_code?: string }>(
      withQuery(`${ctx.apiUrl}/${call.nonce.slice(3)}`, { fields: 'status_code' }),
      { headers: bearer(call.accessToken), timeoutMs: ctx.timeoutMs },
    );
    // Published, but the container does not say as which media: the creator confirms.
    return c.status_code === 'PUBLISHED' ? { state: 'unknown' } : { state: 'absent' };
  },
  async stats(ctx, call) {
    const { data } = await callJson<{
      data: { name: string; values?: { value: number }[]; total_value?: { value: number } }[];
    }>(
      withQuery(`${ctx.apiUrl}/${encodeURIComponent(call.externalId)}/insights`, {
        metric: 'likes,comments,shares,views',
      }),
      { headers: bearer(call.accessToken), timeoutMs: ctx.timeoutMs },
    );
    const v = (name: string) => {
      const m = data.find((d) => d.name === name);
      return m?.total_value?.value ?? m?.values?.[0]?.value ?? null;
    };
    return {
      likes: v('likes') ?? 0,
      reposts: v('shares') ?? 0,
      replies: v('comments') ?? 0,
      impressions: v('views'),
    };
  },
};

/** Status polls of a video container: about two minutes in all, then the attempt is retried later. */
const containerPauses = [2, 2, 3, 3, 5, 5, 10, 10, 10, 10, 15, 15, 15, 15];

/**
 * Wait until a REELS container's `status_code` is FINISHED (IN_PROGRESS while Instagram fetches and
 * processes the video). ERROR or EXPIRED is Instagram's refusal, with its `status` words.
 */
async function waitForContainer(ctx: AdapterContext, accessToken: string, container: string) {
  for (const wait of [0, ...containerPauses]) {
    if (wait) await pause(wait);
    const c = await callJson<{ status_code?: string; status?: string }>(
      withQuery(`${ctx.apiUrl}/${container}`, { fields: 'status_code,status' }),
      { headers: bearer(accessToken), timeoutMs: ctx.timeoutMs },
    );
    if (c.status_code === 'FINISHED' || c.status_code === 'PUBLISHED') return;
    if (c.status_code === 'ERROR' || c.status_code === 'EXPIRED')
      throw new NetworkError(400, `Instagram could not process the video: ${c.status ?? c.status_code}`);
  }
  throw new NetworkError(503, 'Instagram is still processing the video; trying again later.');
}
