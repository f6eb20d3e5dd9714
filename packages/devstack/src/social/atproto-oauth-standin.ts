import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { get as httpGet, type IncomingMessage, type ServerResponse } from 'node:http';
import { isLocalHost, readBody, sendJson } from '../gateways/http-server.ts';

/**
 * Bluesky's side of atproto OAuth (https://atproto.com/specs/oauth), played locally under the
 * stand-in's `/bluesky` prefix, so the adapter walks the whole chain it walks in production:
 *
 * - identity: `GET /xrpc/com.atproto.identity.resolveHandle` (the handle resolver) and a did:plc
 *   directory at `/plc/{did}` (DID documents naming the handle and the PDS);
 * - the PDS (`/bluesky`): `/.well-known/oauth-protected-resource` naming the authorization server;
 * - the authorization server (`/bluesky/entryway`): its metadata, `POST /oauth/par` (pushed requests
 *   only, PKCE S256), the authorization page (pick the account, Authorize / Deny; redirects with `iss`),
 *   `POST /oauth/token` and `/oauth/revoke`;
 * - DPoP (RFC 9449) everywhere: proofs are verified (ES256 signature, `typ`, `htm`, `htu`, `iat`,
 *   `jti` never seen before, the server `nonce` — current or previous, rotating — and `ath` on the
 *   PDS), tokens are bound to the key's thumbprint, and a code, refresh token or access token shown
 *   with another key, or without DPoP, is refused.
 *
 * The client is the one its `client_id` URL describes: the client metadata document is fetched from
 * there (or registered by a test, `registerClient`), and the redirect URI must be one of its own.
 */

export interface AtprotoAccount {
  did: string;
  handle: string;
}

export interface AtprotoStandinOptions {
  base: () => string;
  /** The stand-in's error type (answered with its status, body and headers). */
  fail: (status: number, body: unknown, headers?: Record<string, string>) => Error;
  accounts: AtprotoAccount[];
  accessTokenTtlSeconds: number;
  host: string;
  log: (line: string) => void;
}

interface ClientMetadata {
  client_id: string;
  redirect_uris: string[];
  scope: string;
  dpop_bound_access_tokens?: boolean;
  token_endpoint_auth_method?: string;
}

interface Pushed {
  params: Record<string, string>;
  jkt: string;
  expiresAt: number;
}

interface Code {
  clientId: string;
  redirectUri: string;
  challenge: string;
  scope: string;
  jkt: string;
  sub: string;
  expiresAt: number;
}

interface BoundToken {
  kind: 'access' | 'refresh';
  clientId: string;
  scope: string;
  jkt: string;
  sub: string;
  expiresAt: number;
}

const sha256b64 = (s: string) => createHash('sha256').update(s).digest('base64url');
const token = (prefix: string) => `${prefix}_${randomBytes(18).toString('base64url')}`;
const nonceRotationMs = 3 * 60_000;

/** The JWK thumbprint (RFC 7638) of an EC public key. */
export function ecThumbprint(jwk: { crv?: string; kty?: string; x?: string; y?: string }) {
  return sha256b64(`{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}","y":"${jwk.y}"}`);
}

/**
 * GET a JSON document. `*.localhost` names are loopback (RFC 6761) — browsers resolve them so, Node's
 * resolver does not — so the dashboard at `app.mewayz.localhost:<port>` is asked at 127.0.0.1.
 */
async function fetchJsonDoc(url: string): Promise<unknown> {
  const u = new URL(url);
  if (u.protocol === 'http:' && u.hostname.endsWith('.localhost'))
    return new Promise((resolve) => {
      const req = httpGet(
        {
          host: '127.0.0.1',
          port: u.port || 80,
          path: `${u.pathname}${u.search}`,
          headers: { host: u.host },
          timeout: 3000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve(res.statusCode === 200 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null);
            } catch {
              resolve(null);
            }
          });
        },
      );
      req.on('error', () => resolve(null));
      req.on('timeout', () => req.destroy());
    });
  const res = await fetch(url, { signal: AbortSignal.timeout(3000) }).catch(() => null);
  return res?.ok ? res.json().catch(() => null) : null;
}

export function createAtprotoStandin(opts: AtprotoStandinOptions) {
  const clients = new Map<string, ClientMetadata>();
  const pushed = new Map<string, Pushed>();
  const codes = new Map<string, Code>();
  const tokens = new Map<string, BoundToken>();
  const seenJtis = new Map<string, number>();
  let nonce = { current: token('n'), previous: token('n'), at: Date.now() };
  const issuerPath = '/entryway';
  const pds = () => `${opts.base()}/bluesky`;
  const issuer = () => `${pds()}${issuerPath}`;
  const accountByDid = (did: string) => opts.accounts.find((a) => a.did === did);

  function rotateNonce() {
    nonce = { current: token('n'), previous: nonce.current, at: Date.now() };
  }
  function currentNonce() {
    if (Date.now() - nonce.at > nonceRotationMs) rotateNonce();
    return nonce.current;
  }

  /** An OAuth error of the authorization server (400 unless told), with the current nonce. */
  const oauthError = (error: string, description: string, status = 400) =>
    opts.fail(status, { error, error_description: description }, { 'dpop-nonce': currentNonce() });

  /** A PDS (resource) error: 401 with `WWW-Authenticate: DPoP`, XRPC's body shape. */
  const resourceError = (error: string, message: string) =>
    opts.fail(
      401,
      { error: error === 'use_dpop_nonce' ? 'use_dpop_nonce' : 'InvalidToken', message },
      {
        'www-authenticate': `DPoP algs="ES256", error="${error}", error_description="${message}"`,
        'dpop-nonce': currentNonce(),
      },
    );

  /**
   * Verify the request's DPoP proof; answers the key's thumbprint. `accessToken` makes it a resource
   * request (`ath` required). Errors are built by `err` (the token server's or the PDS's shape).
   */
  async function verifyProof(
    req: IncomingMessage,
    url: URL,
    err: (error: string, message: string) => Error,
    accessToken?: string,
  ): Promise<string> {
    const proof = req.headers.dpop;
    if (typeof proof !== 'string') throw err('invalid_dpop_proof', 'DPoP proof required');
    const parts = proof.split('.');
    if (parts.length !== 3) throw err('invalid_dpop_proof', 'DPoP proof is not a JWT');
    let header: { typ?: string; alg?: string; jwk?: Record<string, string> };
    let claims: { htm?: string; htu?: string; iat?: number; jti?: string; nonce?: string; ath?: string };
    try {
      header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
      claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    } catch {
      throw err('invalid_dpop_proof', 'DPoP proof is not readable');
    }
    const jwk = header.jwk;
    if (header.typ !== 'dpop+jwt' || header.alg !== 'ES256' || jwk?.kty !== 'EC' || jwk.crv !== 'P-256')
      throw err('invalid_dpop_proof', 'DPoP proof must be an ES256 dpop+jwt with its public key');
    if (jwk.d) throw err('invalid_dpop_proof', 'DPoP proof carries a private key');
    const key = await webcrypto.subtle
      .importKey(
        'jwk',
        { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y },
        { name: 'ECDSA', namedCurve: 'P-256' },
        false,
        ['verify'],
      )
      .catch(() => null);
    const ok =
      key &&
      (await webcrypto.subtle.verify(
        { name: 'ECDSA', hash: 'SHA-256' },
        key,
        Buffer.from(parts[2]!, 'base64url'),
        Buffer.from(`${parts[0]}.${parts[1]}`),
      ));
    if (!ok) throw err('invalid_dpop_proof', 'DPoP proof signature is invalid');
    if (claims.htm !== req.method) throw err('invalid_dpop_proof', 'DPoP htm does not match the request');
    if (claims.htu !== `${opts.base()}${url.pathname}`)
      throw err('invalid_dpop_proof', 'DPoP htu does not match the request URL');
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.iat !== 'number' || Math.abs(now - claims.iat) > 300)
      throw err('invalid_dpop_proof', 'DPoP proof iat is too old or in the future');
    if (typeof claims.jti !== 'string' || claims.jti.length < 12)
      throw err('invalid_dpop_proof', 'DPoP proof needs a jti');
    if (seenJtis.has(claims.jti)) throw err('invalid_dpop_proof', 'DPoP proof replayed (jti already used)');
    const fresh = currentNonce();
    if (claims.nonce !== fresh && claims.nonce !== nonce.previous)
      throw err('use_dpop_nonce', 'Authorization server requires nonce in DPoP proof');
    if (accessToken !== undefined && claims.ath !== sha256b64(accessToken))
      throw err('invalid_dpop_proof', 'DPoP ath does not match the access token');
    for (const [j, exp] of seenJtis) if (exp < Date.now()) seenJtis.delete(j);
    seenJtis.set(claims.jti, Date.now() + 600_000);
    return ecThumbprint(jwk);
  }

  /** The client its `client_id` describes: registered, or the metadata document fetched from that URL. */
  async function client(clientId: string): Promise<ClientMetadata> {
    const known = clients.get(clientId);
    if (known) return known;
    let doc: ClientMetadata | null = null;
    if (/^https?:\/\//.test(clientId)) doc = (await fetchJsonDoc(clientId)) as ClientMetadata | null;
    if (!doc || doc.client_id !== clientId)
      throw oauthError('invalid_client', `Could not fetch client metadata from ${clientId}`);
    clients.set(clientId, doc);
    return doc;
  }

  async function formOf(req: IncomingMessage): Promise<Record<string, string>> {
    const raw = (await readBody(req, 1024 * 1024)).toString('utf8');
    return Object.fromEntries(new URLSearchParams(raw));
  }

  function issue(grant: { clientId: string; scope: string; jkt: string; sub: string }) {
    const c = { clientId: grant.clientId, scope: grant.scope, jkt: grant.jkt, sub: grant.sub };
    const access = token('bluesky_at');
    const refresh = token('bluesky_rt');
    tokens.set(access, { kind: 'access', ...c, expiresAt: Date.now() + opts.accessTokenTtlSeconds * 1000 });
    tokens.set(refresh, { kind: 'refresh', ...c, expiresAt: Date.now() + 14 * 86400_000 });
    return {
      access_token: access,
      token_type: 'DPoP',
      expires_in: opts.accessTokenTtlSeconds,
      refresh_token: refresh,
      scope: c.scope,
      sub: c.sub,
    };
  }

  function authorizePage(p: Pushed, requestUri: string): string {
    const esc = (s: string) =>
      s.replace(
        /[&<>"']/g,
        (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
      );
    const hint = (p.params.login_hint ?? '').replace(/^@/, '');
    const options = opts.accounts
      .map(
        (a) =>
          `<option value="${esc(a.did)}"${a.handle === hint || a.did === hint ? ' selected' : ''}>@${esc(a.handle)}</option>`,
      )
      .join('');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Authorize Mewayz — Bluesky (local stand-in)</title>
<style>body{font:16px system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}button{font:inherit;padding:.6rem 1.2rem;margin-right:.5rem;border-radius:.4rem;border:1px solid #444;cursor:pointer}.go{background:#1a1a1a;color:#fff}small{color:#555}select{font:inherit;padding:.3rem;margin:.2rem 0 1rem}</style></head>
<body><p><small>Local stand-in — not the real Bluesky (atproto OAuth: pushed request, DPoP)</small></p><h1>Authorize Mewayz</h1>
<p>Mewayz wants to post on behalf of your Bluesky account and read its posts' counts.</p>
<p><small>Client: ${esc(p.params.client_id ?? '')}<br>Scopes: ${esc(p.params.scope ?? '')}</small></p>
<form method="post"><input type="hidden" name="request_uri" value="${esc(requestUri)}"><input type="hidden" name="client_id" value="${esc(p.params.client_id ?? '')}">
<label>Signed in as<br><select name="account">${options}</select></label><br>
<button class="go" name="decision" value="allow">Authorize</button><button name="decision" value="deny">Deny</button></form></body></html>`;
  }

  /** The authorization server's endpoints under `/bluesky/entryway`. */
  async function authServer(path: string, req: IncomingMessage, res: ServerResponse, url: URL) {
    const iss = issuer();
    if (path === '/.well-known/oauth-authorization-server' && req.method === 'GET')
      return sendJson(res, 200, {
        issuer: iss,
        authorization_endpoint: `${iss}/oauth/authorize`,
        token_endpoint: `${iss}/oauth/token`,
        pushed_authorization_request_endpoint: `${iss}/oauth/par`,
        revocation_endpoint: `${iss}/oauth/revoke`,
        require_pushed_authorization_requests: true,
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code', 'refresh_token'],
        code_challenge_methods_supported: ['S256'],
        scopes_supported: ['atproto', 'transition:generic'],
        token_endpoint_auth_methods_supported: ['none'],
        dpop_signing_alg_values_supported: ['ES256'],
        authorization_response_iss_parameter_supported: true,
        client_id_metadata_document_supported: true,
      });
    const dpopErr = (error: string, message: string) => oauthError(error, message);
    if (path === '/oauth/par' && req.method === 'POST') {
      const jkt = await verifyProof(req, url, dpopErr);
      const f = await formOf(req);
      const c = await client(f.client_id ?? '');
      if (!c.dpop_bound_access_tokens)
        throw oauthError('invalid_client', 'dpop_bound_access_tokens must be true');
      if ((c.token_endpoint_auth_method ?? 'none') !== 'none')
        throw oauthError(
          'invalid_client',
          'The stand-in takes public clients (token_endpoint_auth_method none)',
        );
      if (!c.redirect_uris.includes(f.redirect_uri ?? ''))
        throw oauthError('invalid_request', 'redirect_uri is not one of the client’s redirect_uris');
      const asked = (f.scope ?? '').split(' ');
      if (!asked.includes('atproto') || asked.some((s) => !c.scope.split(' ').includes(s)))
        throw oauthError('invalid_scope', 'scope must include atproto and stay within the client’s scope');
      if (f.response_type !== 'code' || f.code_challenge_method !== 'S256' || !f.code_challenge || !f.state)
        throw oauthError(
          'invalid_request',
          'response_type code, state and an S256 code_challenge are required',
        );
      const requestUri = `urn:ietf:params:oauth:request_uri:${token('req')}`;
      pushed.set(requestUri, { params: f, jkt, expiresAt: Date.now() + 300_000 });
      return sendJson(
        res,
        201,
        { request_uri: requestUri, expires_in: 300 },
        { 'dpop-nonce': currentNonce() },
      );
    }
    if (path === '/oauth/authorize' && req.method === 'GET') {
      const requestUri = url.searchParams.get('request_uri') ?? '';
      const p = pushed.get(requestUri);
      if (!p || p.expiresAt < Date.now() || p.params.client_id !== url.searchParams.get('client_id'))
        throw oauthError('invalid_request', 'A pushed authorization request (request_uri) is required');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(authorizePage(p, requestUri));
      return;
    }
    if (path === '/oauth/authorize' && req.method === 'POST') {
      const f = await formOf(req);
      const p = pushed.get(f.request_uri ?? '');
      pushed.delete(f.request_uri ?? '');
      if (!p || p.expiresAt < Date.now())
        throw oauthError('invalid_request', 'The request_uri expired or was used');
      const back = new URL(p.params.redirect_uri!);
      back.searchParams.set('state', p.params.state!);
      back.searchParams.set('iss', iss);
      const account = accountByDid(f.account ?? '');
      if (f.decision !== 'allow' || !account) {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', 'The user denied the request');
      } else {
        const code = token('cod');
        codes.set(code, {
          clientId: p.params.client_id!,
          redirectUri: p.params.redirect_uri!,
          challenge: p.params.code_challenge!,
          scope: p.params.scope!,
          jkt: p.jkt,
          sub: account.did,
          expiresAt: Date.now() + 60_000,
        });
        back.searchParams.set('code', code);
      }
      res.writeHead(302, { location: back.toString() }).end();
      return;
    }
    if (path === '/oauth/token' && req.method === 'POST') {
      const jkt = await verifyProof(req, url, dpopErr);
      const f = await formOf(req);
      if (f.grant_type === 'authorization_code') {
        const c = codes.get(f.code ?? '');
        codes.delete(f.code ?? '');
        if (!c || c.expiresAt < Date.now() || c.clientId !== f.client_id || c.redirectUri !== f.redirect_uri)
          throw oauthError('invalid_grant', 'The authorization code is invalid, expired or used.');
        if (
          createHash('sha256')
            .update(f.code_verifier ?? '')
            .digest('base64url') !== c.challenge
        )
          throw oauthError('invalid_grant', 'PKCE verification failed: the code_verifier does not match.');
        if (c.jkt !== jkt)
          throw oauthError('invalid_grant', 'The DPoP key differs from the pushed request’s.');
        return sendJson(res, 200, issue({ ...c, jkt }), { 'dpop-nonce': currentNonce() });
      }
      if (f.grant_type === 'refresh_token') {
        const t = tokens.get(f.refresh_token ?? '');
        if (t?.kind !== 'refresh' || t.expiresAt < Date.now() || t.clientId !== f.client_id)
          throw oauthError('invalid_grant', 'The refresh token is invalid, expired or already used.');
        if (t.jkt !== jkt)
          throw oauthError('invalid_grant', 'The refresh token is bound to another DPoP key.');
        tokens.delete(f.refresh_token!);
        return sendJson(res, 200, issue(t), { 'dpop-nonce': currentNonce() });
      }
      throw oauthError('unsupported_grant_type', `grant_type ${f.grant_type} is not supported`);
    }
    if (path === '/oauth/revoke' && req.method === 'POST') {
      const f = await formOf(req);
      tokens.delete(f.token ?? '');
      return sendJson(res, 200, {}, { 'dpop-nonce': currentNonce() });
    }
    throw opts.fail(404, { error: 'not_found', error_description: 'Unknown authorization server path' });
  }

  function didDocument(a: AtprotoAccount) {
    return {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: a.did,
      alsoKnownAs: [`at://${a.handle}`],
      verificationMethod: [],
      service: [{ id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: pds() }],
    };
  }

  return {
    issuer,
    /** Serve `path` (under `/bluesky`, or an `/__fake/atproto/` helper) when it is atproto OAuth's; false otherwise. */
    async handle(pathname: string, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
      if (pathname === '/__fake/atproto/clients' && req.method === 'POST') {
        if (!isLocalHost(String(req.headers.host ?? ''), opts.host))
          throw opts.fail(403, { error: 'test helpers answer loopback hosts only' });
        const doc = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8')) as ClientMetadata;
        clients.set(doc.client_id, doc);
        sendJson(res, 200, { registered: doc.client_id });
        return true;
      }
      if (!pathname.startsWith('/bluesky/')) return false;
      const path = pathname.slice('/bluesky'.length);
      if (path.startsWith(`${issuerPath}/`)) {
        await authServer(path.slice(issuerPath.length), req, res, url);
        return true;
      }
      if (path === '/xrpc/com.atproto.identity.resolveHandle' && req.method === 'GET') {
        const h = (url.searchParams.get('handle') ?? '').toLowerCase();
        const a = opts.accounts.find((x) => x.handle === h);
        if (!a) throw opts.fail(400, { error: 'InvalidRequest', message: 'Unable to resolve handle' });
        sendJson(res, 200, { did: a.did });
        return true;
      }
      const plc = /^\/plc\/(did:plc:[a-z2-7]+)$/.exec(path);
      if (plc && req.method === 'GET') {
        const a = accountByDid(plc[1]!);
        if (!a) throw opts.fail(404, { message: `DID not registered: ${plc[1]}` });
        sendJson(res, 200, didDocument(a));
        return true;
      }
      if (path === '/.well-known/oauth-protected-resource' && req.method === 'GET') {
        sendJson(res, 200, {
          resource: pds(),
          authorization_servers: [issuer()],
          scopes_supported: [],
          bearer_methods_supported: ['header'],
        });
        return true;
      }
      return false;
    },
    /**
     * The DPoP-bound access of a PDS request: `Authorization: DPoP <token>` with a proof of the token's
     * key (and `ath`). Bearer, a missing or replayed proof, or another key is a 401.
     */
    async access(req: IncomingMessage, res: ServerResponse, url: URL): Promise<{ sub: string }> {
      const auth = String(req.headers.authorization ?? '');
      const m = /^DPoP (.+)$/.exec(auth);
      if (!m) throw resourceError('invalid_token', 'DPoP-bound token required (Authorization: DPoP)');
      const t = tokens.get(m[1]!);
      if (t?.kind !== 'access' || t.expiresAt < Date.now())
        throw resourceError('invalid_token', 'The access token is invalid or expired.');
      const jkt = await verifyProof(req, url, resourceError, m[1]!);
      if (jkt !== t.jkt)
        throw resourceError('invalid_token', 'The DPoP key is not the one the token is bound to');
      res.setHeader('dpop-nonce', currentNonce());
      return { sub: t.sub };
    },
    handleOf: (did: string) => accountByDid(did)?.handle ?? null,
    registerClient: (doc: ClientMetadata) => clients.set(doc.client_id, doc),
    rotateNonce: () => {
      rotateNonce();
      rotateNonce();
    },
    expireTokens() {
      for (const t of tokens.values()) if (t.kind === 'access') t.expiresAt = 0;
    },
    reset() {
      pushed.clear();
      codes.clear();
      tokens.clear();
      seenJtis.clear();
      opts.log('bluesky: atproto OAuth state reset');
    },
  };
}

export type AtprotoStandin = ReturnType<typeof createAtprotoStandin>;
