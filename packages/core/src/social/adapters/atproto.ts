import { fromBase64Url, toBase64Url, utf8 } from '../../crypto/encoding.ts';
import { randomToken } from '../../crypto/random.ts';
import { webhookUrlProblem } from '../../webhooks/url-policy.ts';
import { NetworkError, type TokenSet } from './adapter.ts';
import { fetchJson, form, messageOf, retryAfterOf, tokenSetOf, withQuery } from './http.ts';

/**
 * The atproto OAuth profile (https://atproto.com/specs/oauth) as a client needs it, with WebCrypto and
 * `fetch` only, so it runs in workerd: identity resolution (handle → DID → DID document → PDS),
 * discovery (protected-resource → authorization-server metadata), pushed authorization requests, and
 * DPoP (RFC 9449) proofs on every token request and PDS call, with the server-nonce retry.
 */

export const atprotoScope = 'atproto transition:generic';

/** Where identities are resolved and what may be fetched. */
export interface AtprotoResolver {
  /** An XRPC service answering `com.atproto.identity.resolveHandle` (bsky.social, or the stand-in). */
  handleResolverUrl: string;
  /** The did:plc directory (https://plc.directory, or the stand-in's). */
  plcUrl: string;
  /** http and private addresses allowed (the local stand-in); production resolves only public https. */
  allowPrivateUrls: boolean;
  timeoutMs: number;
}

/** The last DPoP nonce each server (origin) handed out; a miss costs one retry. */
export interface DpopNonceStore {
  get(origin: string): Promise<string | null>;
  set(origin: string, nonce: string): Promise<void>;
}

/** An account's atproto OAuth session apart from its tokens: who, where, and the DPoP key. */
export interface AtprotoSession {
  did: string;
  handle: string;
  pdsUrl: string;
  /** The authorization server's issuer (its metadata is fetched from there). */
  issuer: string;
  /** The account's ES256 DPoP key pair as a private JWK (sealed at rest). */
  dpopKey: JsonWebKey;
  nonces: DpopNonceStore;
}

export interface AuthServerMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  pushed_authorization_request_endpoint: string;
  revocation_endpoint?: string;
}

const handlePattern =
  /^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
const didPattern = /^did:(plc:[a-z2-7]{1,64}|web:[a-zA-Z0-9.%-]{1,253})$/;

/** A typed handle (`@alice.bsky.social`, `alice.bsky.social`) or DID, normalized; null when it is neither. */
export function normalizeAtIdentifier(raw: string): string | null {
  const v = raw
    .trim()
    .replace(/^@/, '')
    .replace(/^at:\/\//, '');
  if (didPattern.test(v)) return v;
  const h = v.toLowerCase();
  return h.length <= 253 && handlePattern.test(h) ? h : null;
}

function safeUrl(resolver: AtprotoResolver, raw: unknown, what: string): string {
  const problem = typeof raw === 'string' ? webhookUrlProblem(raw, resolver.allowPrivateUrls) : 'missing';
  if (problem) throw new NetworkError(400, `The ${what} is not a usable address (${problem}).`);
  return (raw as string).replace(/\/+$/, '');
}

async function getJson<T>(resolver: AtprotoResolver, url: string, what: string): Promise<T> {
  const { res, body } = await fetchJson(url, {
    headers: { accept: 'application/json' },
    timeoutMs: resolver.timeoutMs,
  });
  if (!res.ok || !body || typeof body !== 'object')
    throw new NetworkError(
      res.ok ? 502 : res.status,
      `Could not read the ${what}: ${messageOf(body, `HTTP ${res.status}`)}`,
    );
  return body as T;
}

/** Handle → DID: the configured resolver's `resolveHandle`, then the handle's HTTPS well-known. */
async function resolveHandle(resolver: AtprotoResolver, handle: string): Promise<string> {
  try {
    const { did } = await getJson<{ did?: string }>(
      resolver,
      withQuery(`${resolver.handleResolverUrl}/xrpc/com.atproto.identity.resolveHandle`, { handle }),
      'handle',
    );
    if (typeof did === 'string' && didPattern.test(did)) return did;
  } catch {
    // Fall through to the handle's own domain (DNS TXT is not reachable from Workers).
  }
  const wellKnown = `https://${handle}/.well-known/atproto-did`;
  let text = '';
  if (!webhookUrlProblem(wellKnown, resolver.allowPrivateUrls)) {
    const res = await fetch(wellKnown, {
      redirect: 'manual',
      signal: AbortSignal.timeout(resolver.timeoutMs),
    }).catch(() => null);
    text = res?.ok ? (await res.text().catch(() => '')).trim() : '';
  }
  if (didPattern.test(text)) return text;
  throw new NetworkError(400, `The handle ${handle} could not be resolved to a Bluesky account.`);
}

interface DidDocument {
  id?: string;
  alsoKnownAs?: string[];
  service?: { id?: string; type?: string; serviceEndpoint?: unknown }[];
}

async function didDocument(resolver: AtprotoResolver, did: string): Promise<DidDocument> {
  if (did.startsWith('did:plc:'))
    return getJson<DidDocument>(resolver, `${resolver.plcUrl}/${did}`, 'DID document');
  const host = decodeURIComponent(did.slice('did:web:'.length));
  return getJson<DidDocument>(resolver, `https://${host}/.well-known/did.json`, 'DID document');
}

/**
 * Who a typed handle (or DID) is and where its data lives. The DID document must name the handle back
 * (`alsoKnownAs: at://<handle>`): a resolver cannot claim somebody else's account.
 */
export async function resolveAtIdentity(
  resolver: AtprotoResolver,
  identifier: string,
): Promise<{ did: string; handle: string; pdsUrl: string }> {
  const did = identifier.startsWith('did:') ? identifier : await resolveHandle(resolver, identifier);
  const doc = await didDocument(resolver, did);
  if (doc.id !== did) throw new NetworkError(400, `The DID document of ${did} names another DID.`);
  const handles = (doc.alsoKnownAs ?? [])
    .filter((a) => typeof a === 'string' && a.startsWith('at://'))
    .map((a) => a.slice(5).toLowerCase());
  if (!identifier.startsWith('did:') && !handles.includes(identifier))
    throw new NetworkError(400, `The account of ${identifier} does not confirm that handle.`);
  const pds = (doc.service ?? []).find(
    (s) => s.id?.endsWith('#atproto_pds') && s.type === 'AtprotoPersonalDataServer',
  );
  return {
    did,
    handle: identifier.startsWith('did:') ? (handles[0] ?? did) : identifier,
    pdsUrl: safeUrl(resolver, pds?.serviceEndpoint, 'account’s data server (PDS)'),
  };
}

/** The PDS's authorization server (its protected-resource metadata names it). */
export async function authServerOfPds(resolver: AtprotoResolver, pdsUrl: string): Promise<string> {
  const meta = await getJson<{ authorization_servers?: unknown[] }>(
    resolver,
    `${pdsUrl}/.well-known/oauth-protected-resource`,
    'PDS’s OAuth metadata',
  );
  return safeUrl(resolver, meta.authorization_servers?.[0], 'authorization server');
}

/** The authorization server's metadata; its `issuer` must be the one asked, and it must take PAR and DPoP. */
export async function authServerMetadata(
  resolver: AtprotoResolver,
  issuer: string,
): Promise<AuthServerMetadata> {
  const meta = await getJson<AuthServerMetadata & { dpop_signing_alg_values_supported?: string[] }>(
    resolver,
    `${issuer}/.well-known/oauth-authorization-server`,
    'authorization server’s metadata',
  );
  if (meta.issuer?.replace(/\/+$/, '') !== issuer)
    throw new NetworkError(400, 'The authorization server’s metadata names another issuer.');
  if (!meta.dpop_signing_alg_values_supported?.includes('ES256'))
    throw new NetworkError(400, 'The authorization server does not take ES256 DPoP proofs.');
  for (const k of [
    'authorization_endpoint',
    'token_endpoint',
    'pushed_authorization_request_endpoint',
  ] as const)
    meta[k] = safeUrl(resolver, meta[k], `authorization server’s ${k}`);
  return meta;
}

const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** A new per-account DPoP key pair (ES256), as a private JWK to seal. */
export async function newDpopKey(): Promise<JsonWebKey> {
  const pair = (await crypto.subtle.generateKey(ecdsa, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as JsonWebKey;
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d };
}

const publicJwk = (k: JsonWebKey) => ({ kty: k.kty, crv: k.crv, x: k.x, y: k.y });

/** The JWK SHA-256 thumbprint (RFC 7638) of the key: what DPoP-bound tokens are bound to (`cnf.jkt`). */
export async function jwkThumbprint(k: JsonWebKey): Promise<string> {
  const canonical = `{"crv":"${k.crv}","kty":"${k.kty}","x":"${k.x}","y":"${k.y}"}`;
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8.encode(canonical))));
}

const b64json = (v: unknown) => toBase64Url(utf8.encode(JSON.stringify(v)));

/**
 * A DPoP proof JWT (RFC 9449 §4): `htm` and `htu` (the URL without query and fragment), a fresh `jti`,
 * the server's `nonce` when it gave one, and `ath` (the access token's hash) on resource requests.
 */
export async function dpopProof(
  key: JsonWebKey,
  claims: {
    htm: string;
    htu: string;
    nonce?: string | null;
    accessToken?: string;
    jti?: string;
    iat?: number;
  },
): Promise<string> {
  const u = new URL(claims.htu);
  const payload = {
    jti: claims.jti ?? randomToken(16),
    htm: claims.htm,
    htu: `${u.origin}${u.pathname}`,
    iat: claims.iat ?? Math.floor(Date.now() / 1000),
    ...(claims.nonce ? { nonce: claims.nonce } : {}),
    ...(claims.accessToken
      ? {
          ath: toBase64Url(
            new Uint8Array(await crypto.subtle.digest('SHA-256', utf8.encode(claims.accessToken))),
          ),
        }
      : {}),
  };
  const input = `${b64json({ typ: 'dpop+jwt', alg: 'ES256', jwk: publicJwk(key) })}.${b64json(payload)}`;
  const signing = await crypto.subtle.importKey('jwk', { ...key, ext: true }, ecdsa, false, ['sign']);
  const sig = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, signing, utf8.encode(input));
  return `${input}.${toBase64Url(new Uint8Array(sig))}`;
}

/** Whether an answer asks for (another) DPoP nonce: 400 `use_dpop_nonce` (token server) or 401 (PDS). */
function wantsNonce(res: Response, body: unknown): boolean {
  const error = body && typeof body === 'object' ? (body as { error?: unknown }).error : null;
  return (
    (res.status === 400 || res.status === 401) &&
    (error === 'use_dpop_nonce' || /use_dpop_nonce/.test(res.headers.get('www-authenticate') ?? ''))
  );
}

/**
 * A request carrying a DPoP proof (and, with `accessToken`, `Authorization: DPoP`). The server's
 * `DPoP-Nonce` is remembered per origin; an answer asking for a nonce is retried once with it (the
 * server refused it before doing anything, so repeating is safe).
 */
export async function dpopCall<T>(
  session: Pick<AtprotoSession, 'dpopKey' | 'nonces'>,
  url: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: BodyInit;
    accessToken?: string;
    timeoutMs: number;
  },
): Promise<T> {
  const origin = new URL(url).origin;
  const method = init.method ?? 'GET';
  for (let attempt = 0; ; attempt++) {
    const nonce = await session.nonces.get(origin);
    const proof = await dpopProof(session.dpopKey, {
      htm: method,
      htu: url,
      nonce,
      ...(init.accessToken ? { accessToken: init.accessToken } : {}),
    });
    const { res, body } = await fetchJson(url, {
      method,
      headers: {
        ...init.headers,
        dpop: proof,
        ...(init.accessToken ? { authorization: `DPoP ${init.accessToken}` } : {}),
      },
      ...(init.body !== undefined ? { body: init.body } : {}),
      timeoutMs: init.timeoutMs,
    });
    const next = res.headers.get('dpop-nonce');
    if (next && next !== nonce) await session.nonces.set(origin, next);
    if (res.ok) return body as T;
    if (attempt === 0 && next && wantsNonce(res, body)) continue;
    throw new NetworkError(res.status, messageOf(body, `HTTP ${res.status}`), retryAfterOf(res));
  }
}

/**
 * A DPoP-bound token answer: `token_type` DPoP, and `sub` the DID the connection was started for —
 * the profile's security requirement (an authorization server may not speak for other accounts).
 */
export async function atprotoTokenRequest(
  session: Pick<AtprotoSession, 'dpopKey' | 'nonces' | 'did'>,
  tokenEndpoint: string,
  fields: Record<string, string | null | undefined>,
  timeoutMs: number,
): Promise<TokenSet> {
  const body = await dpopCall<Record<string, unknown>>(session, tokenEndpoint, {
    method: 'POST',
    body: form(fields),
    timeoutMs,
  });
  if (String(body?.token_type ?? '').toLowerCase() !== 'dpop')
    throw new NetworkError(400, 'The authorization server answered a token that is not DPoP-bound.');
  if (body?.sub !== session.did)
    throw new NetworkError(
      400,
      `The authorization server answered for another account (${String(body?.sub).slice(0, 80)}), not ${session.did}.`,
    );
  const scopes = String(body.scope ?? '').split(' ');
  if (!scopes.includes('atproto'))
    throw new NetworkError(400, 'The authorization server did not grant the atproto scope.');
  return tokenSetOf(body);
}

/** A pushed authorization request (PAR, RFC 9126) with PKCE; the browser goes to the answer's `request_uri`. */
export async function pushAuthorization(
  session: Pick<AtprotoSession, 'dpopKey' | 'nonces'>,
  meta: AuthServerMetadata,
  params: Record<string, string>,
  timeoutMs: number,
): Promise<string> {
  const { request_uri } = await dpopCall<{ request_uri?: string }>(
    session,
    meta.pushed_authorization_request_endpoint,
    { method: 'POST', body: form(params), timeoutMs },
  );
  if (typeof request_uri !== 'string' || !request_uri)
    throw new NetworkError(
      502,
      'The authorization server answered the pushed request without a request_uri.',
    );
  return withQuery(meta.authorization_endpoint, { client_id: params.client_id ?? '', request_uri });
}

/** The private JWK is checked on unsealing: a stored key that is not an ES256 private key is refused. */
export function dpopKeyOf(json: string): JsonWebKey {
  const k = JSON.parse(json) as JsonWebKey;
  if (k.kty !== 'EC' || k.crv !== 'P-256' || !k.d || fromBase64Url(k.d).length !== 32)
    throw new NetworkError(401, 'The stored DPoP key is not usable; connect the Bluesky account again.');
  return k;
}
