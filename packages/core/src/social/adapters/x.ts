import { isSocialVideo } from '@mewayz/contracts';
import { type AdapterContext, type MediaItem, NetworkError, type SocialAdapter } from './adapter.ts';
import { bearer, callJson, form, pause, pkceAuthorizeUrl, requestTokens, withRetries } from './http.ts';

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
      const id = await uploadMedia(ctx, call.accessToken, m);
      // Alt text (a video's description) is the media's metadata, set before the post names it.
      if (m.alt)
        await withRetries(3, () =>
          callJson(`${ctx.apiUrl}/2/media/metadata`, {
            method: 'POST',
            headers: { ...bearer(call.accessToken), 'content-type': 'application/json' },
            body: JSON.stringify({ id, metadata: { alt_text: { text: m.alt.slice(0, 1000) } } }),
            timeoutMs: ctx.timeoutMs,
          }),
        );
      mediaIds.push(id);
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

/** The simple upload's limit: larger images, and every video, go through the chunked upload. */
export const xSimpleUploadMaxBytes = 5 * 1024 * 1024;
/** One APPEND's bytes (X takes up to 5 MB a segment). */
export const xChunkBytes = 4 * 1024 * 1024;
/** STATUS polls of one upload, and the longest wait for its processing, before trying again later. */
const maxStatusPolls = 20;
const maxProcessingWaitSeconds = 120;

type ProcessingInfo = {
  state: 'pending' | 'in_progress' | 'succeeded' | 'failed';
  check_after_secs?: number;
  error?: { message?: string; name?: string };
};

async function uploadMedia(ctx: AdapterContext, accessToken: string, m: MediaItem): Promise<string> {
  const video = isSocialVideo(m.contentType);
  if (!video && m.bytes.length <= xSimpleUploadMaxBytes) {
    const data = new FormData();
    data.set('media', new Blob([m.bytes], { type: m.contentType }), 'image');
    data.set('media_category', 'tweet_image');
    const up = await callJson<{ data: { id: string } }>(`${ctx.apiUrl}/2/media/upload`, {
      method: 'POST',
      headers: bearer(accessToken),
      body: data,
      timeoutMs: ctx.timeoutMs,
    });
    return up.data.id;
  }
  return chunkedUpload(ctx, accessToken, m, video ? 'tweet_video' : 'tweet_image');
}

/**
 * X's chunked media upload (API v2): `initialize` with the type and total size, each segment to
 * `/{id}/append` (a transient failure of one segment repeats only it), `/{id}/finalize`, then STATUS
 * while `processing_info` says pending or in progress, waiting `check_after_secs` each time (bounded).
 * Processing that fails is the network's refusal (a 400 with its message, not retried); processing
 * still running after the bound is a 503, retried later.
 */
async function chunkedUpload(
  ctx: AdapterContext,
  accessToken: string,
  m: MediaItem,
  category: 'tweet_video' | 'tweet_image',
): Promise<string> {
  const json = { ...bearer(accessToken), 'content-type': 'application/json' };
  const init = await callJson<{ data: { id: string } }>(`${ctx.apiUrl}/2/media/upload/initialize`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      media_type: m.contentType,
      total_bytes: m.bytes.length,
      media_category: category,
    }),
    timeoutMs: ctx.timeoutMs,
  });
  const id = init.data.id;
  const at = `${ctx.apiUrl}/2/media/upload/${encodeURIComponent(id)}`;
  for (let segment = 0; segment * xChunkBytes < m.bytes.length; segment++) {
    const chunk = m.bytes.subarray(segment * xChunkBytes, (segment + 1) * xChunkBytes);
    await withRetries(3, () => {
      const data = new FormData();
      data.set('segment_index', String(segment));
      data.set('media', new Blob([chunk], { type: 'application/octet-stream' }), 'chunk');
      return callJson(`${at}/append`, {
        method: 'POST',
        headers: bearer(accessToken),
        body: data,
        timeoutMs: ctx.timeoutMs,
      });
    });
  }
  const finalized = await withRetries(3, () =>
    callJson<{ data: { processing_info?: ProcessingInfo } }>(`${at}/finalize`, {
      method: 'POST',
      headers: bearer(accessToken),
      timeoutMs: ctx.timeoutMs,
    }),
  );
  let info = finalized.data.processing_info;
  let waited = 0;
  for (let poll = 0; info && info.state !== 'succeeded'; poll++) {
    if (info.state === 'failed')
      throw new NetworkError(
        400,
        `X could not process the ${isSocialVideo(m.contentType) ? 'video' : 'image'}: ${info.error?.message ?? info.error?.name ?? 'processing failed'}`,
      );
    const wait = Math.min(Math.max(info.check_after_secs ?? 1, 1), 30);
    if (poll >= maxStatusPolls || waited + wait > maxProcessingWaitSeconds)
      throw new NetworkError(503, 'X is still processing the video; trying again later.');
    await pause(wait);
    waited += wait;
    const status = await withRetries(3, () =>
      callJson<{ data: { processing_info?: ProcessingInfo } }>(
        `${ctx.apiUrl}/2/media/upload?command=STATUS&media_id=${encodeURIComponent(id)}`,
        { headers: bearer(accessToken), timeoutMs: ctx.timeoutMs },
      ),
    );
    info = status.data.processing_info;
  }
  return id;
}
