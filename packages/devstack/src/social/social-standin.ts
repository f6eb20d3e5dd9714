import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BodyTooLargeError,
  hostPort,
  isLocalHost,
  listen,
  readBody,
  sendJson,
} from '../gateways/http-server.ts';
import { createAtprotoStandin } from './atproto-oauth-standin.ts';

/**
 * A local stand-in for the parts of four social networks' APIs that Mewayz publishes through, one
 * server with a path prefix per network (`/x`, `/bluesky`, `/mastodon`, `/instagram`) behind which
 * the real paths are served:
 *
 * - OAuth 2: an authorization page (a form with Authorize and Deny, no JavaScript), a token endpoint
 *   verifying PKCE (S256), access tokens that expire and rotating refresh tokens, revocation.
 * - X API v2: `/2/users/me`, `/2/media/upload` (simple), the chunked upload (`/2/media/upload/initialize`,
 *   `/{id}/append`, `/{id}/finalize`, `GET /2/media/upload?command=STATUS`: chunks reassembled, a
 *   video reported processing then succeeded), `/2/media/metadata` (alt text), `POST /2/tweets`
 *   (refusing media that is not finished), `GET /2/tweets/:id` (public_metrics).
 * - Mastodon: `/api/v1/apps`, `/api/v1/accounts/verify_credentials`, `/api/v2/instance`, `/api/v2/media`
 *   (202 for a video, processed on `GET /api/v1/media/:id`), `POST /api/v1/statuses` (honouring
 *   `Idempotency-Key`), `GET /api/v1/statuses/:id`.
 * - Bluesky XRPC: `com.atproto.server.getSession`, `com.atproto.repo.uploadBlob`, `createRecord`
 *   (an `rkey` already taken is refused), `getRecord`, `app.bsky.feed.getPosts`, each requiring a
 *   DPoP-bound token. Its OAuth is atproto's (handle and DID resolution, PAR, DPoP), in
 *   `atproto-oauth-standin.ts`.
 * - Instagram Graph: `/oauth/access_token`, `/refresh_access_token`, `/me`, media containers
 *   (`/{ig-user-id}/media` with `image_url` or REELS `video_url` — IN_PROGRESS, then FINISHED —,
 *   `/{ig-user-id}/media_publish`, `/{container-id}?fields=status_code`),
 *   `/{media-id}/insights`.
 *
 * Test helpers (loopback hosts only): `GET /__fake/posts[?network=]` lists what was published,
 * `POST /__fake/faults` queues failures of the publishing requests (`{ network, status, message,
 * retryAfter, times, drop }` — `drop` accepts the post and then cuts the connection, a lost answer),
 * `POST /__fake/engage` sets a post's counts, `POST /__fake/import` adds posts published before the
 * stand-in started (with counts), `POST /__fake/expire-tokens` makes a network's access tokens stop
 * working, `POST /__fake/processing` sets how uploaded videos process (`{ network, polls, fail }`),
 * `POST /__fake/reset` forgets everything.
 */
export const standinNetworks = ['x', 'bluesky', 'mastodon', 'instagram'] as const;
export type StandinNetwork = (typeof standinNetworks)[number];

export interface SocialStandinOptions {
  /** 0 picks a free port (tests); `npm start` uses 3906. */
  port: number;
  host?: string;
  /** Lifetime of access tokens (default 7200 s, X's). */
  accessTokenTtlSeconds?: number;
  log?: (line: string) => void;
}

export interface StandinPost {
  network: StandinNetwork;
  id: string;
  accountId: string;
  text: string;
  media: string[];
  /** The uploaded images the post carries (ids resolved), as the network received them. */
  images: StandinImage[];
  facets: unknown[] | null;
  idempotencyKey: string | null;
  rkey: string | null;
  createdAt: string;
  likes: number;
  reposts: number;
  replies: number;
  impressions: number;
}

/** An uploaded image or video as the network received it (chunks reassembled). */
export interface StandinImage {
  contentType: string;
  bytes: number;
  /** Hex SHA-256 of the bytes, so a test can tell they arrived exactly (X and Mastodon uploads). */
  sha256?: string;
  alt: string;
}

/**
 * How the next uploaded videos of a network process: `polls` status checks answer "in progress"
 * before it is ready, or it fails with `fail` (the network's message).
 */
export interface StandinProcessing {
  network: 'x' | 'mastodon' | 'instagram';
  polls?: number;
  fail?: string;
}

export interface StandinFault {
  network: StandinNetwork;
  status: number;
  message?: string;
  retryAfter?: number;
  times?: number;
  /** Do the work, then cut the connection without an answer. */
  drop?: boolean;
  /** Which requests fail: publishing ones (the default), or X's chunk uploads (`append`). */
  at?: 'publish' | 'append';
}

export interface SocialStandin {
  url: string;
  port: number;
  /** `<url>/<network>`: what each network's API (and Mastodon's instance) URL points at. */
  baseUrl(network: StandinNetwork): string;
  posts(network?: StandinNetwork): StandinPost[];
  fail(fault: StandinFault): void;
  engage(
    id: string,
    counts: Partial<Pick<StandinPost, 'likes' | 'reposts' | 'replies' | 'impressions'>>,
  ): void;
  expireTokens(network: StandinNetwork): void;
  /** Bluesky's atproto OAuth: a client metadata document known without fetching its URL. */
  registerBlueskyClient(doc: { client_id: string; redirect_uris: string[]; scope: string }): void;
  /** Bluesky's DPoP nonce changes (twice: the previous one is no longer taken either). */
  rotateDpopNonce(): void;
  processing(p: StandinProcessing): void;
  /** Every request so far as `METHOD /path`, oldest first. */
  requests(): string[];
  reset(): void;
  close(): Promise<void>;
}

const users: Record<StandinNetwork, { id: string; username: string; name: string }> = {
  x: { id: '1790000000000000001', username: 'alice_makes', name: 'Alice Rivera' },
  bluesky: { id: 'did:plc:alicestandin7xq2v', username: 'alice.standin.bsky', name: 'Alice Rivera' },
  mastodon: { id: '109000000000000001', username: 'alice', name: 'Alice Rivera' },
  instagram: { id: '17841400000000001', username: 'alice.studio', name: 'Alice Rivera Studio' },
};

/** Where each network's authorization page is, under its prefix. */
export const standinAuthorizePaths: Record<StandinNetwork, string> = {
  x: '/i/oauth2/authorize',
  bluesky: '/entryway/oauth/authorize',
  mastodon: '/oauth/authorize',
  instagram: '/oauth/authorize',
};

interface Grant {
  network: StandinNetwork;
  clientId: string;
  redirectUri: string;
  challenge: string | null;
  scope: string;
  expiresAt: number;
}

interface Token {
  network: StandinNetwork;
  kind: 'access' | 'refresh';
  /** Instagram: the one-hour token of the code exchange, good for `ig_exchange_token` only once. */
  shortLived?: boolean;
  clientId: string;
  expiresAt: number | null;
  scope: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

/** The error body each network uses, so adapters read the message the way they would in production. */
function errorBody(network: StandinNetwork, status: number, message: string): unknown {
  switch (network) {
    case 'x':
      return {
        title: status === 429 ? 'Too Many Requests' : 'Error',
        detail: message,
        type: 'about:blank',
        status,
      };
    case 'mastodon':
      return { error: message };
    case 'bluesky':
      return {
        error: status === 429 ? 'RateLimitExceeded' : status === 401 ? 'AuthRequired' : 'InvalidRequest',
        message,
      };
    case 'instagram':
      return {
        error: {
          message,
          type: status === 401 ? 'OAuthException' : 'GraphMethodException',
          code: status === 429 ? 4 : 100,
        },
      };
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const token = (prefix: string) => `${prefix}_${randomBytes(18).toString('base64url')}`;
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A Mastodon instance's default video limit (`configuration.media_attachments.video_size_limit`). */
const mastodonVideoLimit = 40 * 1024 * 1024;

type StandinMedia = StandinImage & {
  network: StandinNetwork;
  /** Chunked or processed media: not postable until `succeeded`. */
  state?: 'uploading' | 'processing' | 'succeeded' | 'failed';
  chunks?: Map<number, Buffer>;
  pollsLeft?: number;
  fail?: string | null;
};
let serial = 1000;
const nextId = () => `${Date.now()}${serial++}`;

export async function startSocialStandin(opts: SocialStandinOptions): Promise<SocialStandin> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => {});
  const accessTtl = opts.accessTokenTtlSeconds ?? 7200;
  let posts: StandinPost[] = [];
  let faults: StandinFault[] = [];
  let requests: string[] = [];
  const grants = new Map<string, Grant>();
  const tokens = new Map<string, Token>();
  const apps = new Map<string, { secret: string; redirectUri: string }>();
  const media = new Map<string, StandinMedia>();
  const containers = new Map<
    string,
    {
      caption: string;
      imageUrl: string;
      video: boolean;
      pollsLeft: number;
      fail: string | null;
      published: string | null;
    }
  >();
  let processing: Partial<Record<StandinProcessing['network'], StandinProcessing>> = {};
  const processingOf = (network: StandinProcessing['network']) => ({
    pollsLeft: processing[network]?.polls ?? 0,
    fail: processing[network]?.fail ?? null,
  });
  let base = '';
  const atproto = createAtprotoStandin({
    base: () => base,
    fail: (status, b, headers) => new HttpError(status, b, headers),
    accounts: [
      { did: users.bluesky.id, handle: users.bluesky.username },
      { did: 'did:plc:bobstandin4k2mq', handle: 'bob.standin.bsky' },
    ],
    accessTokenTtlSeconds: accessTtl,
    host,
    log,
  });

  function takeFault(network: StandinNetwork, at: 'publish' | 'append' = 'publish'): StandinFault | null {
    const i = faults.findIndex((f) => f.network === network && (f.at ?? 'publish') === at);
    if (i < 0) return null;
    const f = faults[i]!;
    if ((f.times ?? 1) <= 1) faults.splice(i, 1);
    else faults[i] = { ...f, times: (f.times ?? 1) - 1 };
    return f;
  }

  function bearer(req: IncomingMessage, network: StandinNetwork): Token {
    const given = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    const t = given ? tokens.get(given) : undefined;
    if (t?.kind !== 'access' || t.network !== network || (t.expiresAt !== null && t.expiresAt < Date.now()))
      throw new HttpError(401, errorBody(network, 401, 'The access token is invalid or expired.'));
    return t;
  }

  function issue(network: StandinNetwork, clientId: string, scope: string) {
    const access = token(`${network}_at`);
    const refresh = network === 'instagram' || network === 'mastodon' ? null : token(`${network}_rt`);
    // Mastodon's tokens do not expire; Instagram's long-lived ones last 60 days.
    const ttl = network === 'mastodon' ? null : network === 'instagram' ? 60 * 86400 : accessTtl;
    tokens.set(access, {
      network,
      kind: 'access',
      clientId,
      expiresAt: ttl ? Date.now() + ttl * 1000 : null,
      scope,
    });
    if (refresh)
      tokens.set(refresh, {
        network,
        kind: 'refresh',
        clientId,
        expiresAt: Date.now() + 30 * 86400_000,
        scope,
      });
    return {
      access_token: access,
      token_type: 'bearer',
      ...(ttl ? { expires_in: ttl } : {}),
      ...(refresh ? { refresh_token: refresh } : {}),
      scope,
      ...(network === 'instagram' ? { user_id: users.instagram.id } : {}),
    };
  }

  async function body(req: IncomingMessage): Promise<{ raw: Buffer; fields: Record<string, unknown> }> {
    // Mewayz's own video cap is 50 MB, sent whole to Mastodon.
    const raw = await readBody(req, 60 * 1024 * 1024);
    const type = String(req.headers['content-type'] ?? '');
    const text = raw.toString('utf8');
    if (type.includes('application/json')) {
      try {
        return { raw, fields: text ? JSON.parse(text) : {} };
      } catch {
        throw new HttpError(400, { error: 'invalid JSON' });
      }
    }
    if (type.includes('application/x-www-form-urlencoded'))
      return { raw, fields: Object.fromEntries(new URLSearchParams(text)) };
    return { raw, fields: {} };
  }

  /** A multipart upload's file field, as the networks' media endpoints take it; refused when missing. */
  async function uploadedFile(
    network: StandinNetwork,
    req: IncomingMessage,
    raw: Buffer,
    field: string,
  ): Promise<{ file: File; form: FormData }> {
    const type = String(req.headers['content-type'] ?? '');
    const form = type.includes('multipart/form-data')
      ? await new Response(raw, { headers: { 'content-type': type } }).formData().catch(() => null)
      : null;
    const file = form?.get(field) as unknown;
    if (!form || !(file instanceof File) || file.size === 0)
      throw new HttpError(400, errorBody(network, 400, `The multipart field ${field} must hold a file`));
    return { file, form };
  }

  /** The images a post names by upload id; an id this network never handed out is refused, as they do. */
  function imagesOf(network: StandinNetwork, ids: string[], status = 400): StandinImage[] {
    return ids.map((id) => {
      const m = media.get(id);
      if (!m || m.network !== network)
        throw new HttpError(status, errorBody(network, status, `Unknown media id ${id}`));
      // Media still uploading or processing (or whose processing failed) cannot be posted.
      if (m.state && m.state !== 'succeeded')
        throw new HttpError(
          status,
          errorBody(
            network,
            status,
            network === 'x' ? 'Your media IDs are invalid.' : `Media ${id} is not processed yet`,
          ),
        );
      return { contentType: m.contentType, bytes: m.bytes, sha256: m.sha256, alt: m.alt };
    });
  }

  function authorizePage(network: StandinNetwork, q: URLSearchParams): string {
    const hidden = [...q.entries()]
      .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
      .join('');
    const names = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon', instagram: 'Instagram' };
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Authorize Mewayz — ${names[network]} (local stand-in)</title>
<style>body{font:16px system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}button{font:inherit;padding:.6rem 1.2rem;margin-right:.5rem;border-radius:.4rem;border:1px solid #444;cursor:pointer}.go{background:#1a1a1a;color:#fff}small{color:#555}</style></head>
<body><p><small>Local stand-in — not the real ${names[network]}</small></p><h1>Authorize Mewayz</h1>
<p>Mewayz wants to post on behalf of <strong>@${escapeHtml(users[network].username)}</strong> and read its posts' counts.</p>
<p><small>Scopes: ${escapeHtml(q.get('scope') ?? '')}</small></p>
<form method="post">${hidden}<button class="go" name="decision" value="allow">Authorize</button><button name="decision" value="deny">Deny</button></form></body></html>`;
  }

  async function handleOAuth(
    network: StandinNetwork,
    path: string,
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
  ): Promise<boolean> {
    if (path === standinAuthorizePaths[network] && req.method === 'GET') {
      const q = url.searchParams;
      if (
        !q.get('client_id') ||
        !q.get('redirect_uri') ||
        (network !== 'instagram' && q.get('code_challenge_method') !== 'S256')
      )
        throw new HttpError(400, {
          error: 'invalid_request',
          error_description: 'client_id, redirect_uri and an S256 code_challenge are required',
        });
      // A registered app must use its redirect URI. An unknown client is let through: the stand-in
      // forgets its apps when it restarts, while Mewayz keeps the client it registered (in Redis).
      const app = network === 'mastodon' ? apps.get(q.get('client_id')!) : undefined;
      if (app && app.redirectUri !== q.get('redirect_uri'))
        throw new HttpError(400, {
          error: 'invalid_client',
          error_description: 'The redirect URI is not the app’s',
        });
      const html = authorizePage(network, q);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return true;
    }
    if (path === standinAuthorizePaths[network] && req.method === 'POST') {
      const { fields } = await body(req);
      const f = fields as Record<string, string>;
      const back = new URL(f.redirect_uri ?? '');
      if (f.state) back.searchParams.set('state', f.state);
      if (f.decision !== 'allow') {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', 'The user denied the request');
      } else {
        const code = token('code');
        grants.set(code, {
          network,
          clientId: f.client_id ?? '',
          redirectUri: f.redirect_uri ?? '',
          challenge: f.code_challenge ?? null,
          scope: f.scope ?? '',
          expiresAt: Date.now() + 60_000,
        });
        back.searchParams.set('code', code);
      }
      res.writeHead(302, { location: back.toString() }).end();
      return true;
    }
    const tokenPath = {
      x: '/2/oauth2/token',
      bluesky: '/oauth/token',
      mastodon: '/oauth/token',
      instagram: '/oauth/access_token',
    }[network];
    if (path === tokenPath && req.method === 'POST') {
      const f = (await body(req)).fields as Record<string, string>;
      if (f.grant_type === 'authorization_code') {
        const g = grants.get(f.code ?? '');
        grants.delete(f.code ?? '');
        if (!g || g.network !== network || g.expiresAt < Date.now() || g.redirectUri !== f.redirect_uri)
          throw new HttpError(400, {
            error: 'invalid_grant',
            error_description: 'The authorization code is invalid, expired or used.',
          });
        if (g.challenge && s256(f.code_verifier ?? '') !== g.challenge)
          throw new HttpError(400, {
            error: 'invalid_grant',
            error_description: 'PKCE verification failed: the code_verifier does not match.',
          });
        if (network === 'instagram') {
          // Instagram Login answers a short-lived (one hour) token; `ig_exchange_token` makes it 60 days.
          if (!f.client_secret)
            throw new HttpError(400, errorBody('instagram', 400, 'Missing client_secret parameter.'));
          const short = token('instagram_sl');
          tokens.set(short, {
            network,
            kind: 'access',
            shortLived: true,
            clientId: g.clientId,
            expiresAt: Date.now() + 3600_000,
            scope: g.scope,
          });
          sendJson(res, 200, {
            access_token: short,
            user_id: users.instagram.id,
            permissions: g.scope.split(','),
          });
          return true;
        }
        sendJson(res, 200, issue(network, g.clientId, g.scope));
        return true;
      }
      if (f.grant_type === 'refresh_token' && network !== 'instagram') {
        const t = tokens.get(f.refresh_token ?? '');
        if (
          t?.kind !== 'refresh' ||
          t.network !== network ||
          (t.expiresAt !== null && t.expiresAt < Date.now())
        )
          throw new HttpError(400, {
            error: 'invalid_grant',
            error_description: 'The refresh token is invalid, expired or already used.',
          });
        // Rotating: a refresh token works once.
        tokens.delete(f.refresh_token!);
        sendJson(res, 200, issue(network, t.clientId, t.scope));
        return true;
      }
      throw new HttpError(400, {
        error: 'unsupported_grant_type',
        error_description: `grant_type ${f.grant_type} is not supported`,
      });
    }
    if (network === 'instagram' && path === '/access_token' && req.method === 'GET') {
      const q = url.searchParams;
      const t = tokens.get(q.get('access_token') ?? '');
      if (q.get('grant_type') !== 'ig_exchange_token')
        throw new HttpError(
          400,
          errorBody('instagram', 400, 'Unsupported grant_type; use ig_exchange_token.'),
        );
      if (!q.get('client_secret'))
        throw new HttpError(400, errorBody('instagram', 400, 'Missing client_secret parameter.'));
      if (t?.network !== 'instagram' || !t.shortLived || (t.expiresAt ?? 0) < Date.now())
        throw new HttpError(
          400,
          errorBody('instagram', 400, 'Error validating access token: not a valid short-lived token.'),
        );
      tokens.delete(q.get('access_token')!);
      sendJson(res, 200, { ...issue('instagram', t.clientId, t.scope), token_type: 'bearer' });
      return true;
    }
    if (network === 'instagram' && path === '/refresh_access_token' && req.method === 'GET') {
      const old = url.searchParams.get('access_token') ?? '';
      const t = tokens.get(old);
      if (url.searchParams.get('grant_type') !== 'ig_refresh_token')
        throw new HttpError(
          400,
          errorBody('instagram', 400, 'Unsupported grant_type; use ig_refresh_token.'),
        );
      if (t?.network !== 'instagram' || t.shortLived || (t.expiresAt ?? 0) < Date.now())
        throw new HttpError(400, errorBody('instagram', 400, 'Error validating access token.'));
      sendJson(res, 200, { ...issue('instagram', t.clientId, t.scope), token_type: 'bearer' });
      return true;
    }
    const revokePath = {
      x: '/2/oauth2/revoke',
      bluesky: '/oauth/revoke',
      mastodon: '/oauth/revoke',
      instagram: null,
    }[network];
    if (path === revokePath && req.method === 'POST') {
      const f = (await body(req)).fields as Record<string, string>;
      tokens.delete(f.token ?? '');
      sendJson(res, 200, network === 'x' ? { revoked: true } : {});
      return true;
    }
    return false;
  }

  function publishFault(network: StandinNetwork): StandinFault | null {
    const f = takeFault(network);
    if (f && !f.drop)
      throw new HttpError(
        f.status,
        errorBody(
          network,
          f.status,
          f.message ?? (f.status === 429 ? 'Too Many Requests' : 'Service Unavailable'),
        ),
        {
          ...(f.retryAfter !== undefined ? { 'retry-after': String(f.retryAfter) } : {}),
        },
      );
    return f;
  }

  function record(
    network: StandinNetwork,
    p: Partial<StandinPost> & { id: string; text: string },
  ): StandinPost {
    const post = postOf(network, p);
    posts.push(post);
    log(`${network}: published ${post.id} (${post.text.length} chars)`);
    return post;
  }

  function postOf(
    network: StandinNetwork,
    p: Partial<StandinPost> & { id: string; text: string },
  ): StandinPost {
    return {
      network,
      accountId: users[network].id,
      media: [],
      images: [],
      facets: null,
      idempotencyKey: null,
      rkey: null,
      createdAt: new Date().toISOString(),
      likes: 0,
      reposts: 0,
      replies: 0,
      impressions: 0,
      ...p,
    };
  }

  /**
   * `/__fake/import`: posts the network has had since before this stand-in started (the demo's
   * history, which Mewayz keeps in its database while the stand-in forgets on restart), with their
   * counts; a post it already has only takes the counts.
   */
  function importPosts(list: unknown) {
    if (!Array.isArray(list)) throw new HttpError(400, { error: 'give posts: [{ network, id, text, … }]' });
    for (const raw of list as Record<string, unknown>[]) {
      const network = raw?.network as StandinNetwork;
      if (!standinNetworks.includes(network) || typeof raw.id !== 'string' || typeof raw.text !== 'string')
        throw new HttpError(400, { error: 'each post needs network, id and text' });
      const counts: Partial<StandinPost> = {};
      for (const k of ['likes', 'reposts', 'replies', 'impressions'] as const)
        if (typeof raw[k] === 'number') counts[k] = raw[k] as number;
      const existing = posts.find((p) => p.network === network && p.id === raw.id);
      if (existing) Object.assign(existing, counts);
      else
        posts.push(
          postOf(network, {
            id: raw.id,
            text: raw.text,
            rkey: network === 'bluesky' ? (raw.id.split('/').pop() ?? null) : null,
            createdAt: typeof raw.createdAt === 'string' ? raw.createdAt : new Date().toISOString(),
            ...counts,
          }),
        );
    }
    return list.length;
  }

  /** Answer, or cut the connection after the work was done (a `drop` fault: the answer is lost). */
  function answer(res: ServerResponse, dropped: StandinFault | null, status: number, payload: unknown) {
    if (dropped) {
      log('dropping the answer (fault)');
      res.socket?.destroy();
      return;
    }
    sendJson(res, status, payload);
  }

  async function handleX(path: string, req: IncomingMessage, res: ServerResponse) {
    if (path === '/2/users/me' && req.method === 'GET') {
      bearer(req, 'x');
      return sendJson(res, 200, { data: { id: users.x.id, username: users.x.username, name: users.x.name } });
    }
    if (path === '/2/media/upload' && req.method === 'POST') {
      bearer(req, 'x');
      const { raw } = await body(req);
      const { file } = await uploadedFile('x', req, raw, 'media');
      const id = nextId();
      const bytes = Buffer.from(await file.arrayBuffer());
      media.set(id, {
        network: 'x',
        bytes: file.size,
        sha256: sha256(bytes),
        contentType: file.type,
        alt: '',
      });
      return sendJson(res, 200, { data: { id, media_key: `3_${id}` } });
    }
    if (path.startsWith('/2/media/')) return handleXMedia(path, req, res);
    if (path === '/2/tweets' && req.method === 'POST') {
      bearer(req, 'x');
      const f = (await body(req)).fields as { text?: string; media?: { media_ids?: string[] } };
      const dropped = publishFault('x');
      if (typeof f.text !== 'string' || !f.text.trim())
        throw new HttpError(400, errorBody('x', 400, 'text is required'));
      const dup = posts.find((p) => p.network === 'x' && p.text === f.text);
      if (dup)
        throw new HttpError(
          403,
          errorBody('x', 403, 'You are not allowed to create a Tweet with duplicate content.'),
        );
      const ids = f.media?.media_ids ?? [];
      const post = record('x', { id: nextId(), text: f.text, media: ids, images: imagesOf('x', ids) });
      return answer(res, dropped, 201, {
        data: { id: post.id, text: post.text, edit_history_tweet_ids: [post.id] },
      });
    }
    const m = /^\/2\/tweets\/([0-9]+)$/.exec(path);
    if (m && req.method === 'GET') {
      bearer(req, 'x');
      const p = posts.find((q) => q.network === 'x' && q.id === m[1]);
      if (!p) throw new HttpError(404, errorBody('x', 404, 'Could not find tweet'));
      return sendJson(res, 200, {
        data: {
          id: p.id,
          text: p.text,
          public_metrics: {
            like_count: p.likes,
            retweet_count: p.reposts,
            reply_count: p.replies,
            quote_count: 0,
            impression_count: p.impressions,
          },
        },
      });
    }
    throw new HttpError(404, errorBody('x', 404, 'Not found'));
  }

  /** X's chunked upload (v2 endpoints) and media metadata. */
  async function handleXMedia(path: string, req: IncomingMessage, res: ServerResponse) {
    bearer(req, 'x');
    const url = new URL(req.url ?? '/', 'http://standin');
    const found = (id: string) => {
      const m = media.get(id);
      if (m?.network !== 'x') throw new HttpError(400, errorBody('x', 400, `Unknown media id ${id}`));
      return m;
    };
    if (path === '/2/media/upload/initialize' && req.method === 'POST') {
      const f = (await body(req)).fields as {
        media_type?: string;
        total_bytes?: number;
        media_category?: string;
      };
      if (typeof f.media_type !== 'string' || typeof f.total_bytes !== 'number' || f.total_bytes <= 0)
        throw new HttpError(400, errorBody('x', 400, 'media_type and total_bytes are required'));
      const id = nextId();
      media.set(id, {
        network: 'x',
        bytes: f.total_bytes,
        sha256: '',
        contentType: f.media_type,
        alt: '',
        state: 'uploading',
        chunks: new Map(),
        ...processingOf('x'),
      });
      return sendJson(res, 200, { data: { id, media_key: `7_${id}`, expires_after_secs: 86400 } });
    }
    const step = /^\/2\/media\/upload\/([0-9]+)\/(append|finalize)$/.exec(path);
    if (step && req.method === 'POST') {
      const m = found(step[1]!);
      if (step[2] === 'append') {
        const { raw } = await body(req);
        const fault = takeFault('x', 'append');
        if (fault)
          throw new HttpError(
            fault.status,
            errorBody('x', fault.status, fault.message ?? 'Service Unavailable'),
          );
        const { file, form } = await uploadedFile('x', req, raw, 'media');
        const index = Number(form.get('segment_index'));
        if (m.state !== 'uploading' || !Number.isInteger(index) || index < 0 || index > 999)
          throw new HttpError(400, errorBody('x', 400, 'Invalid segment_index or upload already finalized'));
        m.chunks!.set(index, Buffer.from(await file.arrayBuffer()));
        res.writeHead(204).end();
        return;
      }
      const order = [...m.chunks!.keys()].sort((a, b) => a - b);
      const whole = Buffer.concat(order.map((i) => m.chunks!.get(i)!));
      if (m.state !== 'uploading' || order.some((i, n) => i !== n) || whole.length !== m.bytes)
        throw new HttpError(
          400,
          errorBody('x', 400, `Segments do not add up to total_bytes (${whole.length} of ${m.bytes})`),
        );
      m.sha256 = sha256(whole);
      m.chunks = undefined;
      const video = m.contentType.startsWith('video/');
      m.state = video ? 'processing' : 'succeeded';
      return sendJson(res, 200, {
        data: {
          id: step[1],
          media_key: `7_${step[1]}`,
          size: m.bytes,
          expires_after_secs: 86400,
          ...(video ? { processing_info: { state: 'pending', check_after_secs: 1 } } : {}),
        },
      });
    }
    if (path === '/2/media/upload' && req.method === 'GET' && url.searchParams.get('command') === 'STATUS') {
      const id = url.searchParams.get('media_id') ?? '';
      const m = found(id);
      if (m.state === 'processing') {
        if ((m.pollsLeft ?? 0) > 0) m.pollsLeft = (m.pollsLeft ?? 0) - 1;
        else m.state = m.fail ? 'failed' : 'succeeded';
      }
      const info =
        m.state === 'processing'
          ? { state: 'in_progress', check_after_secs: 1, progress_percent: 50 }
          : m.state === 'failed'
            ? {
                state: 'failed',
                progress_percent: 100,
                error: { code: 1, name: 'InvalidMedia', message: m.fail },
              }
            : { state: 'succeeded', progress_percent: 100 };
      return sendJson(res, 200, { data: { id, media_key: `7_${id}`, processing_info: info } });
    }
    if (path === '/2/media/metadata' && req.method === 'POST') {
      const f = (await body(req)).fields as { id?: string; metadata?: { alt_text?: { text?: string } } };
      const m = found(String(f.id ?? ''));
      const alt = f.metadata?.alt_text?.text;
      if (typeof alt !== 'string' || [...alt].length > 1000)
        throw new HttpError(
          400,
          errorBody('x', 400, 'metadata.alt_text.text must be at most 1000 characters'),
        );
      m.alt = alt;
      return sendJson(res, 200, { data: { id: f.id, associated_metadata: { alt_text: { text: alt } } } });
    }
    throw new HttpError(404, errorBody('x', 404, 'Not found'));
  }

  async function handleMastodon(path: string, req: IncomingMessage, res: ServerResponse) {
    if (path === '/api/v1/apps' && req.method === 'POST') {
      const f = (await body(req)).fields as { redirect_uris?: string; client_name?: string };
      const id = token('client');
      const secret = token('secret');
      apps.set(id, { secret, redirectUri: String(f.redirect_uris ?? '') });
      return sendJson(res, 200, {
        id: nextId(),
        name: f.client_name ?? 'app',
        client_id: id,
        client_secret: secret,
        redirect_uri: f.redirect_uris,
      });
    }
    if (path === '/api/v1/accounts/verify_credentials' && req.method === 'GET') {
      bearer(req, 'mastodon');
      const u = users.mastodon;
      return sendJson(res, 200, { id: u.id, username: u.username, acct: u.username, display_name: u.name });
    }
    if (path === '/api/v2/media' && req.method === 'POST') {
      bearer(req, 'mastodon');
      const { raw } = await body(req);
      const { file, form } = await uploadedFile('mastodon', req, raw, 'file');
      const id = nextId();
      const alt = String(form.get('description') ?? '');
      const video = file.type.startsWith('video/');
      const bytes = Buffer.from(await file.arrayBuffer());
      if (video && bytes.length > mastodonVideoLimit)
        throw new HttpError(
          422,
          errorBody('mastodon', 422, 'Validation failed: File file size must be less than 40 MB'),
        );
      media.set(id, {
        network: 'mastodon',
        bytes: file.size,
        sha256: sha256(bytes),
        contentType: file.type,
        alt,
        // A video is processed asynchronously: 202 now, its URL once GET /api/v1/media/:id says so.
        ...(video ? { state: 'processing' as const, ...processingOf('mastodon') } : {}),
      });
      return sendJson(res, video ? 202 : 200, mastodonMedia(id));
    }
    const mediaGet = /^\/api\/v1\/media\/([0-9]+)$/.exec(path);
    if (mediaGet && req.method === 'GET') {
      bearer(req, 'mastodon');
      const m = media.get(mediaGet[1]!);
      if (m?.network !== 'mastodon') throw new HttpError(404, errorBody('mastodon', 404, 'Record not found'));
      if (m.state === 'processing') {
        if ((m.pollsLeft ?? 0) > 0) m.pollsLeft = (m.pollsLeft ?? 0) - 1;
        else m.state = m.fail ? 'failed' : 'succeeded';
      }
      if (m.state === 'failed')
        throw new HttpError(422, errorBody('mastodon', 422, m.fail ?? 'Media processing failed'));
      return sendJson(res, m.state === 'processing' ? 206 : 200, mastodonMedia(mediaGet[1]!));
    }
    if (path === '/api/v2/instance' && req.method === 'GET') {
      return sendJson(res, 200, {
        domain: 'mastodon.standin',
        configuration: {
          statuses: { max_characters: 500, max_media_attachments: 4 },
          media_attachments: {
            supported_mime_types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4'],
            image_size_limit: 16777216,
            video_size_limit: mastodonVideoLimit,
          },
        },
      });
    }
    if (path === '/api/v1/statuses' && req.method === 'POST') {
      bearer(req, 'mastodon');
      const f = (await body(req)).fields as { status?: string; media_ids?: string[] };
      const key = req.headers['idempotency-key'] ? String(req.headers['idempotency-key']) : null;
      const dropped = publishFault('mastodon');
      const existing = key ? posts.find((p) => p.network === 'mastodon' && p.idempotencyKey === key) : null;
      const post =
        existing ??
        (() => {
          if (typeof f.status !== 'string' || !f.status.trim())
            throw new HttpError(422, errorBody('mastodon', 422, "Validation failed: Text can't be blank"));
          if ([...f.status].length > 500)
            throw new HttpError(
              422,
              errorBody('mastodon', 422, 'Validation failed: Text character limit of 500 exceeded'),
            );
          return record('mastodon', {
            id: nextId(),
            text: f.status,
            media: f.media_ids ?? [],
            images: imagesOf('mastodon', f.media_ids ?? [], 422),
            idempotencyKey: key,
          });
        })();
      return answer(res, dropped, 200, mastodonStatus(post));
    }
    const m = /^\/api\/v1\/statuses\/([0-9]+)$/.exec(path);
    if (m && req.method === 'GET') {
      bearer(req, 'mastodon');
      const p = posts.find((q) => q.network === 'mastodon' && q.id === m[1]);
      if (!p) throw new HttpError(404, errorBody('mastodon', 404, 'Record not found'));
      return sendJson(res, 200, mastodonStatus(p));
    }
    throw new HttpError(404, errorBody('mastodon', 404, 'Not found'));
  }

  const mastodonMedia = (id: string) => {
    const m = media.get(id)!;
    const video = m.contentType.startsWith('video/');
    return {
      id,
      type: video ? 'video' : 'image',
      url: m.state === 'processing' ? null : `${base}/mastodon/system/media/${id}.${video ? 'mp4' : 'bin'}`,
      description: m.alt || null,
    };
  };

  const mastodonStatus = (p: StandinPost) => ({
    id: p.id,
    created_at: p.createdAt,
    content: `<p>${escapeHtml(p.text)}</p>`,
    url: `${base}/mastodon/@${users.mastodon.username}/${p.id}`,
    uri: `${base}/mastodon/users/${users.mastodon.username}/statuses/${p.id}`,
    favourites_count: p.likes,
    reblogs_count: p.reposts,
    replies_count: p.replies,
  });

  async function handleBluesky(path: string, req: IncomingMessage, res: ServerResponse, url: URL) {
    const did = users.bluesky.id;
    if (path === '/xrpc/com.atproto.server.getSession' && req.method === 'GET') {
      const { sub } = await atproto.access(req, res, url);
      return sendJson(res, 200, { did: sub, handle: atproto.handleOf(sub), active: true });
    }
    if (path === '/xrpc/com.atproto.repo.uploadBlob' && req.method === 'POST') {
      await atproto.access(req, res, url);
      const { raw } = await body(req);
      const cid = `bafkrei${createHash('sha256').update(raw).digest('hex').slice(0, 40)}`;
      media.set(cid, {
        network: 'bluesky',
        bytes: raw.length,
        contentType: String(req.headers['content-type']),
        sha256: sha256(raw),
        alt: '',
      });
      return sendJson(res, 200, {
        blob: { $type: 'blob', ref: { $link: cid }, mimeType: req.headers['content-type'], size: raw.length },
      });
    }
    if (path === '/xrpc/com.atproto.repo.createRecord' && req.method === 'POST') {
      await atproto.access(req, res, url);
      const f = (await body(req)).fields as {
        repo?: string;
        collection?: string;
        rkey?: string;
        record?: {
          text?: string;
          facets?: unknown[];
          embed?: {
            $type?: string;
            images?: { image?: { ref?: { $link?: string } }; alt?: string }[];
            video?: { ref?: { $link?: string } };
            alt?: string;
          };
        };
      };
      const dropped = publishFault('bluesky');
      if (f.repo !== did || f.collection !== 'app.bsky.feed.post' || typeof f.record?.text !== 'string')
        throw new HttpError(400, errorBody('bluesky', 400, 'Invalid app.bsky.feed.post record'));
      const rkey = f.rkey ?? nextId();
      if (!/^[234567a-z]{13}$/.test(rkey))
        throw new HttpError(400, errorBody('bluesky', 400, 'Invalid record key: not a TID'));
      if (posts.some((p) => p.network === 'bluesky' && p.rkey === rkey))
        throw new HttpError(400, errorBody('bluesky', 400, 'Record already exists'));
      const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(f.record.text)]
        .length;
      if (graphemes > 300)
        throw new HttpError(
          400,
          errorBody(
            'bluesky',
            400,
            'Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes',
          ),
        );
      const embed = f.record.embed;
      // app.bsky.embed.video names one blob, which must be a video; app.bsky.embed.images up to four.
      const embedded =
        embed?.$type === 'app.bsky.embed.video'
          ? [{ image: embed.video, alt: embed.alt ?? '' }]
          : (embed?.images ?? []);
      const cids = embedded.map((i) => String(i.image?.ref?.$link ?? ''));
      if (embed?.$type === 'app.bsky.embed.video' && media.get(cids[0]!)?.contentType !== 'video/mp4')
        throw new HttpError(
          400,
          errorBody('bluesky', 400, 'Invalid app.bsky.embed.video: the blob is not a video'),
        );
      if (
        embed?.$type !== 'app.bsky.embed.video' &&
        cids.some((c) => !media.get(c)?.contentType.startsWith('image/'))
      )
        throw new HttpError(
          400,
          errorBody('bluesky', 400, 'Invalid app.bsky.embed.images: a blob is not an image'),
        );
      const uri = `at://${did}/app.bsky.feed.post/${rkey}`;
      record('bluesky', {
        id: uri,
        rkey,
        text: f.record.text,
        facets: f.record.facets ?? null,
        media: cids,
        images: imagesOf('bluesky', cids).map((image, i) => ({ ...image, alt: embedded[i]?.alt ?? '' })),
      });
      return answer(res, dropped, 200, { uri, cid: `bafyrei${rkey}` });
    }
    if (path === '/xrpc/com.atproto.repo.getRecord' && req.method === 'GET') {
      await atproto.access(req, res, url);
      const rkey = url.searchParams.get('rkey');
      const p = posts.find((q) => q.network === 'bluesky' && q.rkey === rkey);
      if (!p)
        throw new HttpError(400, {
          error: 'RecordNotFound',
          message: `Could not locate record: at://${did}/app.bsky.feed.post/${rkey}`,
        });
      return sendJson(res, 200, {
        uri: p.id,
        cid: `bafyrei${p.rkey}`,
        value: { $type: 'app.bsky.feed.post', text: p.text, facets: p.facets, createdAt: p.createdAt },
      });
    }
    if (path === '/xrpc/app.bsky.feed.getPosts' && req.method === 'GET') {
      await atproto.access(req, res, url);
      const uris = url.searchParams.getAll('uris');
      return sendJson(res, 200, {
        posts: posts
          .filter((p) => p.network === 'bluesky' && uris.includes(p.id))
          .map((p) => ({
            uri: p.id,
            record: { text: p.text },
            likeCount: p.likes,
            repostCount: p.reposts,
            replyCount: p.replies,
            quoteCount: 0,
          })),
      });
    }
    throw new HttpError(404, errorBody('bluesky', 404, 'Method not implemented'));
  }

  async function handleInstagram(path: string, req: IncomingMessage, res: ServerResponse, _url: URL) {
    const uid = users.instagram.id;
    if (path === '/me' && req.method === 'GET') {
      bearer(req, 'instagram');
      return sendJson(res, 200, {
        id: uid,
        user_id: uid,
        username: users.instagram.username,
        name: users.instagram.name,
      });
    }
    if (path === `/${uid}/media` && req.method === 'POST') {
      bearer(req, 'instagram');
      const f = (await body(req)).fields as Record<string, string>;
      const video = f.media_type === 'REELS' || f.media_type === 'VIDEO';
      if (video ? !f.video_url : !f.image_url)
        throw new HttpError(
          400,
          errorBody('instagram', 400, `The parameter ${video ? 'video_url' : 'image_url'} is required.`),
        );
      if ([...(f.caption ?? '')].length > 2200)
        throw new HttpError(400, errorBody('instagram', 400, 'The caption is too long.'));
      const id = nextId();
      // A video container is fetched and processed first (IN_PROGRESS); the stand-in does not fetch it.
      containers.set(id, {
        caption: f.caption ?? '',
        imageUrl: (video ? f.video_url : f.image_url)!,
        video,
        ...(video ? processingOf('instagram') : { pollsLeft: 0, fail: null }),
        published: null,
      });
      return sendJson(res, 200, { id });
    }
    if (path === `/${uid}/media_publish` && req.method === 'POST') {
      bearer(req, 'instagram');
      const f = (await body(req)).fields as Record<string, string>;
      const dropped = publishFault('instagram');
      const c = containers.get(f.creation_id ?? '');
      if (!c) throw new HttpError(400, errorBody('instagram', 400, 'Media container not found.'));
      if (c.published)
        throw new HttpError(
          400,
          errorBody('instagram', 400, 'This media container has already been published.'),
        );
      if (c.video && (c.pollsLeft > 0 || c.fail))
        throw new HttpError(400, errorBody('instagram', 400, 'Media ID is not available'));
      const post = record('instagram', { id: nextId(), text: c.caption, media: [c.imageUrl] });
      c.published = post.id;
      return answer(res, dropped, 200, { id: post.id });
    }
    const insights = /^\/([0-9]+)\/insights$/.exec(path);
    if (insights && req.method === 'GET') {
      bearer(req, 'instagram');
      const p = posts.find((q) => q.network === 'instagram' && q.id === insights[1]);
      if (!p) throw new HttpError(400, errorBody('instagram', 400, 'Unsupported get request.'));
      const metric = (name: string, value: number) => ({ name, period: 'lifetime', values: [{ value }] });
      return sendJson(res, 200, {
        data: [
          metric('likes', p.likes),
          metric('comments', p.replies),
          metric('shares', p.reposts),
          metric('views', p.impressions),
        ],
      });
    }
    const node = /^\/([0-9]+)$/.exec(path);
    if (node && req.method === 'GET') {
      bearer(req, 'instagram');
      const c = containers.get(node[1]!);
      if (c) {
        if (c.published) return sendJson(res, 200, { id: node[1], status_code: 'PUBLISHED' });
        if (c.fail) return sendJson(res, 200, { id: node[1], status_code: 'ERROR', status: c.fail });
        if (c.pollsLeft > 0) {
          c.pollsLeft--;
          return sendJson(res, 200, { id: node[1], status_code: 'IN_PROGRESS', status: 'In Progress' });
        }
        return sendJson(res, 200, { id: node[1], status_code: 'FINISHED' });
      }
      const p = posts.find((q) => q.network === 'instagram' && q.id === node[1]);
      if (p) return sendJson(res, 200, { id: p.id, permalink: `${base}/instagram/p/${p.id}/` });
      throw new HttpError(400, errorBody('instagram', 400, 'Unsupported get request.'));
    }
    throw new HttpError(404, errorBody('instagram', 404, 'Unknown path components'));
  }

  async function handleFake(path: string, req: IncomingMessage, res: ServerResponse, url: URL) {
    if (!isLocalHost(String(req.headers.host ?? ''), host))
      throw new HttpError(403, { error: 'test helpers answer loopback hosts only' });
    if (path === '/__fake/posts' && req.method === 'GET') {
      const n = url.searchParams.get('network');
      return sendJson(res, 200, { posts: posts.filter((p) => !n || p.network === n) });
    }
    const f = (await body(req)).fields as Record<string, unknown>;
    if (path === '/__fake/faults' && req.method === 'POST') {
      if (!standinNetworks.includes(f.network as StandinNetwork) || typeof f.status !== 'number')
        throw new HttpError(400, { error: 'give network and status' });
      faults.push(f as unknown as StandinFault);
      return sendJson(res, 200, { faults });
    }
    if (path === '/__fake/engage' && req.method === 'POST') {
      const p = posts.find((q) => q.id === f.id);
      if (!p) throw new HttpError(404, { error: 'no such post' });
      for (const k of ['likes', 'reposts', 'replies', 'impressions'] as const)
        if (typeof f[k] === 'number') p[k] = f[k] as number;
      return sendJson(res, 200, p);
    }
    if (path === '/__fake/processing' && req.method === 'POST') {
      if (!['x', 'mastodon', 'instagram'].includes(String(f.network)))
        throw new HttpError(400, { error: 'give network (x, mastodon or instagram)' });
      processing[f.network as StandinProcessing['network']] = f as unknown as StandinProcessing;
      return sendJson(res, 200, { processing });
    }
    if (path === '/__fake/import' && req.method === 'POST')
      return sendJson(res, 200, { imported: importPosts(f.posts) });
    if (path === '/__fake/expire-tokens' && req.method === 'POST') {
      for (const t of tokens.values()) if (t.network === f.network && t.kind === 'access') t.expiresAt = 0;
      if (f.network === 'bluesky') atproto.expireTokens();
      return sendJson(res, 200, {});
    }
    if (path === '/__fake/reset' && req.method === 'POST') {
      reset();
      return sendJson(res, 200, {});
    }
    throw new HttpError(404, { error: 'unknown helper' });
  }

  function reset() {
    posts = [];
    faults = [];
    requests = [];
    grants.clear();
    tokens.clear();
    media.clear();
    containers.clear();
    atproto.reset();
    processing = {};
    // Registered Mastodon apps stay: a deployment registers once per instance and keeps its client.
  }

  const server = await listen(
    host,
    opts.port,
    async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://standin');
      requests.push(`${req.method} ${url.pathname}`);
      try {
        if (await atproto.handle(url.pathname, req, res, url)) return;
        if (url.pathname.startsWith('/__fake/')) return await handleFake(url.pathname, req, res, url);
        if (url.pathname === '/') {
          res
            .writeHead(200, { 'content-type': 'text/plain' })
            .end(
              `Social networks stand-in: ${standinNetworks.map((n) => `/${n}`).join(', ')}; published posts at /__fake/posts\n`,
            );
          return;
        }
        const m = /^\/(x|bluesky|mastodon|instagram)(\/.*)$/.exec(url.pathname);
        if (!m) throw new HttpError(404, { error: 'not found' });
        const network = m[1] as StandinNetwork;
        const path = m[2]!;
        // Bluesky's OAuth is atproto's (`atproto-oauth-standin.ts`, above).
        if (network !== 'bluesky' && (await handleOAuth(network, path, req, res, url))) return;
        if (network === 'x') return await handleX(path, req, res);
        if (network === 'mastodon') return await handleMastodon(path, req, res);
        if (network === 'bluesky') return await handleBluesky(path, req, res, url);
        return await handleInstagram(path, req, res, url);
      } catch (err) {
        if (err instanceof HttpError) return sendJson(res, err.status, err.body, err.headers);
        if (err instanceof BodyTooLargeError) return sendJson(res, 413, { error: err.message });
        throw err;
      }
    },
    (message) => ({ error: message }),
  );
  base = `http://${hostPort(host, server.port)}`;
  return {
    url: base,
    port: server.port,
    baseUrl: (n) => `${base}/${n}`,
    posts: (n) => posts.filter((p) => !n || p.network === n),
    fail: (f) => faults.push(f),
    engage: (id, counts) => {
      const p = posts.find((q) => q.id === id);
      if (p) Object.assign(p, counts);
    },
    processing: (p) => {
      processing[p.network] = p;
    },
    expireTokens: (n) => {
      for (const t of tokens.values()) if (t.network === n && t.kind === 'access') t.expiresAt = 0;
      if (n === 'bluesky') atproto.expireTokens();
    },
    registerBlueskyClient: (doc) => atproto.registerClient(doc),
    rotateDpopNonce: () => atproto.rotateNonce(),
    requests: () => [...requests],
    reset,
    close: () => server.close(),
  };
}

/**
 * What a browser does on a network's authorization page: open it, press Authorize (or Deny), and
 * follow the redirect back to the callback; answers the callback's query.
 */
export async function authorizeAtStandin(
  url: string,
  decision: 'allow' | 'deny',
  callbackUrl: string,
  /** Bluesky's page: sign in as this DID instead of the account the handle named. */
  account?: string,
) {
  const page = await fetch(url);
  const html = await page.text();
  if (page.status !== 200 || !html.includes('Authorize</button>'))
    throw new Error(`no authorization page at ${url}: ${page.status}`);
  const fields = Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
      m[1]!,
      m[2]!
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    ]),
  );
  const chosen = /<option value="([^"]+)" selected>/.exec(html)?.[1];
  const res = await fetch(url, {
    method: 'POST',
    body: new URLSearchParams({
      ...fields,
      ...(account || chosen ? { account: account ?? chosen! } : {}),
      decision,
    }),
    redirect: 'manual',
  });
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) throw new Error(`the authorization page answered ${res.status}`);
  const back = new URL(location);
  if (back.origin + back.pathname !== callbackUrl) throw new Error(`redirected to ${location}`);
  return {
    state: back.searchParams.get('state') ?? '',
    code: back.searchParams.get('code'),
    error: back.searchParams.get('error'),
    errorDescription: back.searchParams.get('error_description'),
    iss: back.searchParams.get('iss'),
  };
}
