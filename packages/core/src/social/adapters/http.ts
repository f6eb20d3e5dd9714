import { type AdapterContext, type AuthorizeRequest, NetworkError, type TokenSet } from './adapter.ts';

/** The network's own words from an error body, whichever shape it uses. */
export function messageOf(body: unknown, fallback: string): string {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    const nested = b.error && typeof b.error === 'object' ? (b.error as Record<string, unknown>) : null;
    const candidates = [
      b.error_description,
      nested?.message,
      b.detail,
      b.message,
      typeof b.error === 'string' ? b.error : null,
      b.title,
      Array.isArray(b.errors) ? (b.errors[0] as Record<string, unknown> | undefined)?.message : null,
    ];
    for (const c of candidates) if (typeof c === 'string' && c) return c.slice(0, 480);
  }
  return fallback;
}

export function retryAfterOf(res: Response): number | null {
  const h = res.headers.get('retry-after');
  if (!h) return null;
  const seconds = Number(h);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(h);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - Date.now()) / 1000)) : null;
}

/**
 * A request to a network and its answer with the JSON body parsed (null when there is none or it is
 * not JSON), whatever its status; no answer at all (timeout, refused connection) is a `NetworkError`
 * with status 0.
 */
export async function fetchJson(
  url: string,
  init: RequestInit & { timeoutMs: number },
): Promise<{ res: Response; body: unknown }> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(init.timeoutMs) });
  } catch (err) {
    const name = (err as Error)?.name;
    throw new NetworkError(
      0,
      name === 'TimeoutError' || name === 'AbortError'
        ? `no answer within ${init.timeoutMs} ms`
        : `could not reach the network: ${String((err as Error)?.message ?? err).slice(0, 200)}`,
    );
  }
  const text = await res.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  return { res, body };
}

/**
 * A request to a network, answering its JSON body; a non-2xx answer becomes a `NetworkError` with the
 * network's message, and no answer at all (timeout, refused connection) one with status 0.
 */
export async function callJson<T>(url: string, init: RequestInit & { timeoutMs: number }): Promise<T> {
  const { res, body } = await fetchJson(url, init);
  if (!res.ok) throw new NetworkError(res.status, messageOf(body, `HTTP ${res.status}`), retryAfterOf(res));
  return body as T;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function form(values: Record<string, string | null | undefined>): URLSearchParams {
  const f = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined) f.set(k, v);
  return f;
}

export function expiresIn(seconds: unknown, now = Date.now()): Date | null {
  return typeof seconds === 'number' && seconds > 0 ? new Date(now + seconds * 1000) : null;
}

export function withQuery(base: string, params: Record<string, string>): string {
  const u = new URL(base);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

/** An OAuth 2 token answer (RFC 6749 §5.1) as a token set. */
export function tokenSetOf(body: {
  access_token?: unknown;
  refresh_token?: unknown;
  expires_in?: unknown;
  scope?: unknown;
}) {
  if (typeof body?.access_token !== 'string' || !body.access_token)
    throw new NetworkError(502, 'the token endpoint answered without an access token');
  return {
    accessToken: body.access_token,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : null,
    expiresAt: expiresIn(body.expires_in),
    scope: typeof body.scope === 'string' ? body.scope : null,
  };
}

/** Where to send the creator for an OAuth 2 authorization code with PKCE (S256). */
export function pkceAuthorizeUrl(
  base: string,
  ctx: Pick<AdapterContext, 'clientId'>,
  req: AuthorizeRequest,
  scope: string,
): string {
  return withQuery(base, {
    response_type: 'code',
    client_id: ctx.clientId,
    redirect_uri: req.redirectUri,
    scope,
    state: req.state,
    code_challenge: req.codeChallenge,
    code_challenge_method: 'S256',
  });
}

/** A form POSTed to an OAuth 2 token endpoint (a code exchange or a refresh); its answer as a token set. */
export async function requestTokens(
  url: string,
  ctx: Pick<AdapterContext, 'timeoutMs'>,
  fields: Record<string, string | null | undefined>,
  headers: Record<string, string> = {},
): Promise<TokenSet> {
  const body = await callJson<Record<string, unknown>>(url, {
    method: 'POST',
    headers,
    body: form(fields),
    timeoutMs: ctx.timeoutMs,
  });
  return tokenSetOf(body);
}

/** Wait `seconds` (a network's `check_after_secs`, a processing poll's pause). */
export const pause = (seconds: number) =>
  new Promise<void>((r) => setTimeout(r, Math.max(0, seconds) * 1000));

/**
 * Repeat a request that failed transiently (a 5xx, a 429, no answer) up to `tries` times with a short
 * pause: for idempotent steps inside one attempt, such as one chunk of an upload, so one hiccup does
 * not throw away the chunks already sent.
 */
export async function withRetries<T>(tries: number, run: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (err) {
      if (!(err instanceof NetworkError) || !err.transient || i >= tries) throw err;
      await pause(Math.min(err.retryAfterSeconds ?? 0.25 * 2 ** (i - 1), 5));
    }
  }
}
