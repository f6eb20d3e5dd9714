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

/**
 * A local stand-in for the parts of four social networks' APIs that Mewayz publishes through, one
 * server with a path prefix per network (`/x`, `/bluesky`, `/mastodon`, `/instagram`) behind which
 * the real paths are served:
 *
 * - OAuth 2: an authorization page (a form with Authorize and Deny, no JavaScript), a token endpoint
 *   verifying PKCE (S256), access tokens that expire and rotating refresh tokens, revocation.
 * - X API v2: `/2/users/me`, `/2/media/upload`, `POST /2/tweets`, `GET /2/tweets/:id` (public_metrics).
 * - Mastodon: `/api/v1/apps`, `/api/v1/accounts/verify_credentials`, `/api/v2/media`,
 *   `POST /api/v1/statuses` (honouring `Idempotency-Key`), `GET /api/v1/statuses/:id`.
 * - Bluesky XRPC: `com.atproto.server.getSession`, `com.atproto.repo.uploadBlob`, `createRecord`
 *   (an `rkey` already taken is refused), `getRecord`, `app.bsky.feed.getPosts`. Its OAuth is plain
 *   OAuth 2 + PKCE, simpler than atproto's (PAR, DPoP): docs/social-standins.md.
 * - Instagram Graph: `/oauth/access_token`, `/refresh_access_token`, `/me`, media containers
 *   (`/{ig-user-id}/media`, `/{ig-user-id}/media_publish`, `/{container-id}?fields=status_code`),
 *   `/{media-id}/insights`.
 *
 * Test helpers (loopback hosts only): `GET /__fake/posts[?network=]` lists what was published,
 * `POST /__fake/faults` queues failures of the publishing requests (`{ network, status, message,
 * retryAfter, times, drop }` — `drop` accepts the post and then cuts the connection, a lost answer),
 * `POST /__fake/engage` sets a post's counts, `POST /__fake/import` adds posts published before the
 * stand-in started (with counts), `POST /__fake/expire-tokens` makes a network's access
 * tokens stop working, `POST /__fake/reset` forgets everything.
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

export interface StandinImage {
  contentType: string;
  bytes: number;
  alt: string;
}

export interface StandinFault {
  network: StandinNetwork;
  status: number;
  message?: string;
  retryAfter?: number;
  times?: number;
  /** Do the work, then cut the connection without an answer. */
  drop?: boolean;
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
  bluesky: '/oauth/authorize',
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
  const media = new Map<string, StandinImage & { network: StandinNetwork }>();
  const containers = new Map<string, { caption: string; imageUrl: string; published: string | null }>();
  let base = '';

  function takeFault(network: StandinNetwork): StandinFault | null {
    const i = faults.findIndex((f) => f.network === network);
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
    const raw = await readBody(req, 20 * 1024 * 1024);
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
      return { contentType: m.contentType, bytes: m.bytes, alt: m.alt };
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
    if (network === 'instagram' && path === '/refresh_access_token' && req.method === 'GET') {
      const old = url.searchParams.get('access_token') ?? '';
      const t = tokens.get(old);
      if (t?.network !== 'instagram' || (t.expiresAt ?? 0) < Date.now())
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
      media.set(id, { network: 'x', bytes: file.size, contentType: file.type, alt: '' });
      return sendJson(res, 200, { data: { id, media_key: `3_${id}` } });
    }
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
      media.set(id, { network: 'mastodon', bytes: file.size, contentType: file.type, alt });
      return sendJson(res, 200, { id, type: 'image' });
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
      bearer(req, 'bluesky');
      return sendJson(res, 200, { did, handle: users.bluesky.username, active: true });
    }
    if (path === '/xrpc/com.atproto.repo.uploadBlob' && req.method === 'POST') {
      bearer(req, 'bluesky');
      const { raw } = await body(req);
      const cid = `bafkrei${createHash('sha256').update(raw).digest('hex').slice(0, 40)}`;
      media.set(cid, {
        network: 'bluesky',
        bytes: raw.length,
        contentType: String(req.headers['content-type']),
        alt: '',
      });
      return sendJson(res, 200, {
        blob: { $type: 'blob', ref: { $link: cid }, mimeType: req.headers['content-type'], size: raw.length },
      });
    }
    if (path === '/xrpc/com.atproto.repo.createRecord' && req.method === 'POST') {
      bearer(req, 'bluesky');
      const f = (await body(req)).fields as {
        repo?: string;
        collection?: string;
        rkey?: string;
        record?: {
          text?: string;
          facets?: unknown[];
          embed?: { images?: { image?: { ref?: { $link?: string } }; alt?: string }[] };
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
      const embedded = f.record.embed?.images ?? [];
      const cids = embedded.map((i) => String(i.image?.ref?.$link ?? ''));
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
      bearer(req, 'bluesky');
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
      bearer(req, 'bluesky');
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
      if (!f.image_url)
        throw new HttpError(400, errorBody('instagram', 400, 'The parameter image_url is required.'));
      if ([...(f.caption ?? '')].length > 2200)
        throw new HttpError(400, errorBody('instagram', 400, 'The caption is too long.'));
      const id = nextId();
      containers.set(id, { caption: f.caption ?? '', imageUrl: f.image_url, published: null });
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
      if (c) return sendJson(res, 200, { id: node[1], status_code: c.published ? 'PUBLISHED' : 'FINISHED' });
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
    if (path === '/__fake/import' && req.method === 'POST')
      return sendJson(res, 200, { imported: importPosts(f.posts) });
    if (path === '/__fake/expire-tokens' && req.method === 'POST') {
      for (const t of tokens.values()) if (t.network === f.network && t.kind === 'access') t.expiresAt = 0;
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
    // Registered Mastodon apps stay: a deployment registers once per instance and keeps its client.
  }

  const server = await listen(
    host,
    opts.port,
    async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://standin');
      requests.push(`${req.method} ${url.pathname}`);
      try {
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
        if (await handleOAuth(network, path, req, res, url)) return;
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
    expireTokens: (n) => {
      for (const t of tokens.values()) if (t.network === n && t.kind === 'access') t.expiresAt = 0;
    },
    requests: () => [...requests],
    reset,
    close: () => server.close(),
  };
}

/**
 * What a browser does on a network's authorization page: open it, press Authorize (or Deny), and
 * follow the redirect back to the callback; answers the callback's query.
 */
export async function authorizeAtStandin(url: string, decision: 'allow' | 'deny', callbackUrl: string) {
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
  const res = await fetch(url, {
    method: 'POST',
    body: new URLSearchParams({ ...fields, decision }),
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
  };
}
