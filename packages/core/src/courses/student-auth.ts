import { courseEnrollments } from '@mewayz/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { sha256Hex } from '../crypto/hash.ts';
import { randomToken } from '../crypto/random.ts';
import type { CoreDeps } from '../deps.ts';
import { escapeHtml, type Mailer } from '../email/mailer.ts';
import { RateLimited } from '../errors.ts';
import { type OrgId, trustOrgId } from '../tenancy/org-id.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/**
 * Students sign in on the creator's site with an emailed link, never a password. Both the link and the
 * session live in Redis under the SHA-256 of their secret (a leaked store leaks no working link), each
 * bound to the one host it was made for: a link or a cookie of one site (or custom domain) is worth
 * nothing on another. A link is taken with GETDEL, so it works exactly once, and expires by TTL.
 */
export const magicLinkTtlSeconds = 30 * 60;
export const studentSessionTtlSeconds = 30 * 24 * 60 * 60;
export const studentCookie = 'mwz_student';

const linkKey = (hash: string) => `student-link:${hash}`;
const sessionKey = (hash: string) => `student-session:${hash}`;

interface Grant {
  org: string;
  host: string;
  email: string;
}

export interface Student {
  orgId: OrgId;
  email: string;
}

function parseGrant(raw: unknown): Grant | null {
  const v = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  if (!v || typeof v !== 'object') return null;
  const g = v as Record<string, unknown>;
  return typeof g.org === 'string' && typeof g.host === 'string' && typeof g.email === 'string'
    ? { org: g.org, host: g.host, email: g.email }
    : null;
}

/** Whether `email` may study anything in this organization (an active enrollment). */
export async function hasActiveEnrollment(scope: TenantScope, email: string): Promise<boolean> {
  const row = await scope.first(
    courseEnrollments,
    and(eq(courseEnrollments.email, email.trim().toLowerCase()), isNull(courseEnrollments.revokedAt)),
  );
  return row !== null;
}

/**
 * Email a sign-in link for `host` to `email` when it has an active enrollment (otherwise nothing is
 * sent, and the caller answers the same either way, so the form tells no one who studies here).
 */
export async function sendMagicLink(
  deps: CoreDeps & { mailer: Mailer },
  scope: TenantScope,
  opts: { host: string; origin: string; email: string; siteName: string; next?: string },
): Promise<boolean> {
  const email = opts.email.trim().toLowerCase();
  if (!(await hasActiveEnrollment(scope, email))) return false;
  const token = randomToken(32);
  const grant: Grant = { org: scope.orgId, host: opts.host, email };
  await deps.redis.set(linkKey(await sha256Hex(token)), JSON.stringify(grant), { ex: magicLinkTtlSeconds });
  const next = opts.next && /^\/learn(\/[a-z0-9-]+){0,2}$/.test(opts.next) ? `&next=${opts.next}` : '';
  const url = `${opts.origin}/learn/auth?token=${token}${next}`;
  const site = opts.siteName.slice(0, 80);
  await deps.mailer.send({
    to: email,
    organizationId: scope.orgId,
    subject: `Your sign-in link for ${site}`,
    text: `Open this link to get to your courses on ${site}:\n\n${url}\n\nIt works once, within 30 minutes. If you did not ask for it, ignore this email.\n`,
    html: `<p>Open this link to get to your courses on ${escapeHtml(site)}:</p><p><a href="${escapeHtml(url)}">Sign in to your courses</a></p><p>It works once, within 30 minutes. If you did not ask for it, ignore this email.</p>`,
  });
  return true;
}

/**
 * Trade a link's token for a session on the same host: null when the token is unknown, used, expired
 * or made for another host. The session's secret goes in the cookie; only its hash is stored.
 */
export async function redeemMagicLink(
  deps: CoreDeps,
  host: string,
  token: string,
): Promise<{ sessionToken: string; student: Student } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const grant = parseGrant(await deps.redis.getdel(linkKey(await sha256Hex(token))));
  if (!grant || grant.host !== host) return null;
  const sessionToken = randomToken(32);
  await deps.redis.set(sessionKey(await sha256Hex(sessionToken)), JSON.stringify(grant), {
    ex: studentSessionTtlSeconds,
  });
  return { sessionToken, student: { orgId: trustOrgId(grant.org), email: grant.email } };
}

/** The student of a session cookie on this host, or null. */
export async function studentOfSession(
  deps: CoreDeps,
  host: string,
  token: string | undefined,
): Promise<Student | null> {
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const grant = parseGrant(await deps.redis.get(sessionKey(await sha256Hex(token))));
  if (!grant || grant.host !== host) return null;
  return { orgId: trustOrgId(grant.org), email: grant.email };
}

export async function endStudentSession(deps: CoreDeps, token: string | undefined): Promise<void> {
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return;
  await deps.redis.del(sessionKey(await sha256Hex(token)));
}

/** Sign-in links one address may ask for per hour on a site, and one client address. */
export const magicLinkLimits = { perEmail: 5, perClient: 20, windowSeconds: 3600 };

/**
 * Count a request for a sign-in link in fixed windows (per address and site, per client): past
 * either, RateLimited — so the form cannot be used to flood someone's inbox.
 */
export async function countMagicLinkRequest(
  deps: Pick<CoreDeps, 'redis'>,
  siteId: string,
  email: string,
  client: string | null,
): Promise<void> {
  const emailKey = `student-link-rl:${siteId}:${await sha256Hex(email.trim().toLowerCase())}`;
  const keys = [emailKey, ...(client ? [`student-link-rl:${siteId}:client:${client}`] : [])];
  const p = deps.redis.pipeline();
  for (const k of keys) {
    p.set(k, 0, { nx: true, ex: magicLinkLimits.windowSeconds });
    p.incr(k);
    p.ttl(k);
  }
  const out = (await p.exec()) as unknown[];
  const perEmail = Number(out[1]);
  const perClient = client ? Number(out[4]) : 0;
  if (perEmail > magicLinkLimits.perEmail || perClient > magicLinkLimits.perClient)
    throw new RateLimited(
      Math.max(1, Number(out[2])),
      'Too many sign-in links were asked for. Try again later.',
    );
}
