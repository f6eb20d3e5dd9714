import { isSocialVideo, socialRules } from '@mewayz/contracts';
import { type AdapterContext, type MediaItem, NetworkError, type SocialAdapter } from './adapter.ts';
import { bearer, callJson, form, pause, pkceAuthorizeUrl, requestTokens } from './http.ts';

const scopes = 'read write';

/**
 * Mastodon (any instance): OAuth 2 with PKCE at the instance, an app registered per instance
 * (`registerMastodonApp`), tokens that do not expire. Statuses take an `Idempotency-Key`, so an
 * attempt repeated with the same key returns the first status instead of posting again.
 */
export const mastodonAdapter: SocialAdapter = {
  network: 'mastodon',
  pkce: true,
  async authorizeUrl(ctx, req) {
    return pkceAuthorizeUrl(`${ctx.apiUrl}/oauth/authorize`, ctx, req, scopes);
  },
  async exchangeCode(ctx, req) {
    return requestTokens(`${ctx.apiUrl}/oauth/token`, ctx, {
      grant_type: 'authorization_code',
      code: req.code,
      redirect_uri: req.redirectUri,
      client_id: ctx.clientId,
      client_secret: ctx.clientSecret,
      code_verifier: req.codeVerifier,
      scope: scopes,
    });
  },
  async refresh(_ctx, tokens) {
    // Mastodon's tokens live until revoked.
    return tokens;
  },
  async revoke(ctx, tokens) {
    await callJson(`${ctx.apiUrl}/oauth/revoke`, {
      method: 'POST',
      body: form({ client_id: ctx.clientId, client_secret: ctx.clientSecret, token: tokens.accessToken }),
      timeoutMs: ctx.timeoutMs,
    });
  },
  async me(ctx, accessToken) {
    const a = await callJson<{ id: string; acct: string; username: string; display_name?: string }>(
      `${ctx.apiUrl}/api/v1/accounts/verify_credentials`,
      { headers: bearer(accessToken), timeoutMs: ctx.timeoutMs },
    );
    return {
      externalId: String(a.id),
      handle: `@${a.acct ?? a.username}@${new URL(ctx.apiUrl).host}`,
      displayName: a.display_name || null,
    };
  },
  async publish(ctx, call) {
    const mediaIds: string[] = [];
    for (const m of call.media) mediaIds.push(await uploadMedia(ctx, call.accessToken, m));
    await call.beforeSend();
    const status = await callJson<{ id: string; url?: string | null; uri?: string }>(
      `${ctx.apiUrl}/api/v1/statuses`,
      {
        method: 'POST',
        headers: {
          ...bearer(call.accessToken),
          'content-type': 'application/json',
          'idempotency-key': call.nonce,
        },
        body: JSON.stringify({ status: call.text, media_ids: mediaIds, visibility: 'public' }),
        timeoutMs: ctx.timeoutMs,
      },
    );
    return { externalId: String(status.id), url: status.url ?? status.uri ?? null };
  },
  async reconcile() {
    // The Idempotency-Key makes posting again with the same nonce return the first status.
    return { state: 'absent' };
  },
  async stats(ctx, call) {
    const s = await callJson<{ favourites_count: number; reblogs_count: number; replies_count: number }>(
      `${ctx.apiUrl}/api/v1/statuses/${encodeURIComponent(call.externalId)}`,
      { headers: bearer(call.accessToken), timeoutMs: ctx.timeoutMs },
    );
    return {
      likes: s.favourites_count ?? 0,
      reposts: s.reblogs_count ?? 0,
      replies: s.replies_count ?? 0,
      impressions: null,
    };
  },
};

/** Register Mewayz as an app on an instance (`POST /api/v1/apps`): each instance issues its own client. */
export async function registerMastodonApp(
  instanceUrl: string,
  redirectUri: string,
  timeoutMs: number,
): Promise<{ clientId: string; clientSecret: string }> {
  const app = await callJson<{ client_id: string; client_secret: string }>(`${instanceUrl}/api/v1/apps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_name: 'Mewayz', redirect_uris: redirectUri, scopes, website: null }),
    timeoutMs,
  });
  return { clientId: app.client_id, clientSecret: app.client_secret };
}

type MastodonMedia = { id: string; url?: string | null };

/** Processing polls of one upload: a pause growing from 1 to 5 seconds, at most about a minute. */
const processingPauses = [1, 1, 2, 2, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5];

/**
 * Upload a file with `POST /api/v2/media`. An image answers 200 with its URL; a video (or a large
 * image) answers 202 with `url: null` while the instance processes it, and `GET /api/v1/media/:id`
 * answers 206 until it is done — a status naming it before then is refused, so we wait.
 */
async function uploadMedia(ctx: AdapterContext, accessToken: string, m: MediaItem): Promise<string> {
  if (isSocialVideo(m.contentType)) await checkInstanceVideoLimit(ctx, accessToken, m.bytes.length);
  const data = new FormData();
  data.set(
    'file',
    new Blob([m.bytes], { type: m.contentType }),
    isSocialVideo(m.contentType) ? 'video.mp4' : 'image',
  );
  if (m.alt) data.set('description', m.alt);
  let media = await callJson<MastodonMedia>(`${ctx.apiUrl}/api/v2/media`, {
    method: 'POST',
    headers: bearer(accessToken),
    body: data,
    timeoutMs: ctx.timeoutMs,
  });
  for (const wait of processingPauses) {
    if (media.url) break;
    await pause(wait);
    media = await callJson<MastodonMedia>(
      `${ctx.apiUrl}/api/v1/media/${encodeURIComponent(String(media.id))}`,
      {
        headers: bearer(accessToken),
        timeoutMs: ctx.timeoutMs,
      },
    );
  }
  if (!media.url)
    throw new NetworkError(503, 'The instance is still processing the video; trying again later.');
  return String(media.id);
}

/**
 * The instance's own video limit (`/api/v2/instance` → `configuration.media_attachments.video_size_limit`):
 * instances differ from the 40 MB default Mewayz checks at scheduling. Not told: the default stands.
 */
async function checkInstanceVideoLimit(ctx: AdapterContext, accessToken: string, size: number) {
  const instance = await callJson<{
    configuration?: { media_attachments?: { video_size_limit?: number } };
  }>(`${ctx.apiUrl}/api/v2/instance`, { headers: bearer(accessToken), timeoutMs: ctx.timeoutMs }).catch(
    () => null,
  );
  const limit =
    instance?.configuration?.media_attachments?.video_size_limit ?? socialRules.mastodon.video!.maxBytes;
  if (size > limit)
    throw new NetworkError(
      422,
      `This Mastodon instance takes videos up to ${+(limit / 1_000_000).toFixed(1)} MB; this one is ${(size / 1_000_000).toFixed(1)} MB`,
    );
}
