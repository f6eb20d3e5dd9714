import {
  getSession,
  identity,
  newId,
  randomToken,
  type Session,
  sha256Hex,
  timingSafeEqual,
} from '@mewayz/core';
import type { AppLoadContext } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { type DashboardDeps, depsOf, requestIdHeader } from './env.server.ts';

/**
 * Dashboard sessions: the cookie carries the random session id, the session itself lives in Redis
 * (core `createSession`/`getSession`). HttpOnly, SameSite=Lax, Secure when served over https.
 */
export const SESSION_COOKIE = 'mwz_session';
/** Anonymous forms (sign-in, sign-up, reset) get a random double-submit CSRF token in this cookie. */
export const CSRF_COOKIE = 'mwz_csrf';
export const ORG_COOKIE = 'mwz_org';

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      // A mangled cookie (bad %-escape) is no cookie, not an error page.
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

function secure(deps: DashboardDeps) {
  return deps.appUrl.startsWith('https:') ? '; Secure' : '';
}

export function cookieHeader(
  deps: DashboardDeps,
  name: string,
  value: string,
  maxAgeSeconds: number,
): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure(deps)}`;
}

export function sessionCookie(deps: DashboardDeps, session: Session): string {
  const maxAge = Math.max(0, Math.floor((new Date(session.expiresAt).getTime() - Date.now()) / 1000));
  return cookieHeader(deps, SESSION_COOKIE, session.id, maxAge);
}

export function clearSessionCookie(deps: DashboardDeps): string {
  return cookieHeader(deps, SESSION_COOKIE, '', 0);
}

export interface RequestCtx {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

export function requestCtx(request: Request): RequestCtx {
  return {
    ip: request.headers.get('cf-connecting-ip') ?? request.headers.get('x-forwarded-for') ?? null,
    userAgent: request.headers.get('user-agent'),
    requestId: request.headers.get(requestIdHeader) ?? newId('request'),
  };
}

/**
 * The current session and its user, or null. `alongside` runs with the user lookup, in parallel, for
 * what a page needs from the session's user id (the workspace, say): one round trip instead of two.
 */
export async function currentSession<T = undefined>(
  request: Request,
  context: AppLoadContext,
  alongside?: (userId: string) => Promise<T>,
) {
  const deps = depsOf(context);
  const id = readCookie(request, SESSION_COOKIE);
  if (!id) return null;
  const session = await getSession(deps, id);
  if (!session) return null;
  const [row, extra] = await Promise.all([
    identity.findUserById(deps, session.userId),
    alongside?.(session.userId),
  ]);
  if (!row) return null;
  return { session, user: identity.userView(row), extra: extra as T };
}

/** A signed-in user with a verified email, or a redirect to sign in / verify. */
export async function requireUser<T = undefined>(
  request: Request,
  context: AppLoadContext,
  opts: { allowUnverified?: boolean; alongside?: (userId: string) => Promise<T> } = {},
) {
  const current = await currentSession(request, context, opts.alongside);
  const url = new URL(request.url);
  if (!current) throw redirect(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
  if (!current.user.emailVerified && !opts.allowUnverified) throw redirect('/verify-email');
  return current;
}

/** The CSRF token of this visitor: derived from the session id when signed in, else the anonymous cookie. */
export async function csrfTokenFor(request: Request): Promise<{ token: string; setCookie: string | null }> {
  const sid = readCookie(request, SESSION_COOKIE);
  if (sid) return { token: (await sha256Hex(`csrf:${sid}`)).slice(0, 32), setCookie: null };
  const existing = readCookie(request, CSRF_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{20,64}$/.test(existing)) return { token: existing, setCookie: null };
  const token = randomToken(24);
  return { token, setCookie: `${CSRF_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=86400` };
}

export class CsrfError extends Response {}

/**
 * CSRF defence on every action: the Origin (or Referer) must be the dashboard's own, and the form's
 * hidden `_csrf` field must match this visitor's token.
 */
export async function checkCsrf(request: Request, context: AppLoadContext, form: FormData): Promise<void> {
  const deps = depsOf(context);
  const expected = new URL(deps.appUrl).origin;
  const origin =
    request.headers.get('origin') ??
    (request.headers.get('referer') ? new URL(request.headers.get('referer')!).origin : null);
  const self = new URL(request.url).origin;
  if (!origin || (origin !== expected && origin !== self)) {
    throw new Response('This form came from another site. Reload the page and try again.', { status: 403 });
  }
  const sent = String(form.get('_csrf') ?? '');
  const sid = readCookie(request, SESSION_COOKIE);
  const anon = readCookie(request, CSRF_COOKIE);
  const candidates = [sid ? (await sha256Hex(`csrf:${sid}`)).slice(0, 32) : null, anon].filter(
    Boolean,
  ) as string[];
  if (!sent || !candidates.some((c) => timingSafeEqual(c, sent))) {
    throw new Response('Your form expired. Reload the page and try again.', { status: 403 });
  }
}

/** Where to go after sign-up and email verification (e.g. an invitation link); same-site paths only. */
export const NEXT_COOKIE = 'mwz_next';

export function safeNext(next: string | null | undefined, fallback = '/sites'): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}
