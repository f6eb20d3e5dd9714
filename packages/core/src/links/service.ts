import type { z } from '@hono/zod-openapi';
import {
  type CreateShortLinkInput,
  createShortLinkInput,
  type UpdateShortLinkInput,
  updateShortLinkInput,
} from '@mewayz/contracts';
import { shortLinks } from '@mewayz/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { serveShortLink, takeShortLinkOffline } from '../cache/go-live.ts';
import { randomString } from '../crypto/random.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import { type Actor, type CoreDeps, publicOrigin } from '../deps.ts';
import { Conflict, NotFound, ValidationFailed, zodDetails } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { transactionWithEvents } from '../webhooks/outbox.ts';
import { clickCounts } from './click-counts.ts';
import type { ShortLinkTarget } from './lookup.ts';

export interface Page {
  page: number;
  perPage: number;
}

type LinkRow = typeof shortLinks.$inferSelect;

/** Codes that would shadow the root domain's own paths. */
export const reservedCodes = new Set([
  'api',
  'admin',
  'app',
  'docs',
  'static',
  'assets',
  'go',
  '__internal',
  'login',
  'signup',
  'dashboard',
]);
const codeAlphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const randomCodeLength = 7;

export function shortLinkView(deps: CoreDeps, row: LinkRow) {
  return {
    id: row.id,
    domain: row.domain,
    code: row.code,
    shortUrl: `${publicOrigin(deps.config, row.domain)}/${row.code}`,
    url: row.url,
    title: row.title,
    fallbackUrl: row.fallbackUrl,
    startsAt: row.startsAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    passQuery: row.passQuery,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type ShortLinkView = ReturnType<typeof shortLinkView>;

function target(row: LinkRow): ShortLinkTarget {
  return {
    id: row.id,
    organizationId: row.organizationId,
    url: row.url,
    fallbackUrl: row.fallbackUrl,
    startsAt: row.startsAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    passQuery: row.passQuery,
    active: row.active,
  };
}

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationFailed('The link is not valid.', zodDetails(r.error.issues));
  return r.data;
}

async function load(scope: TenantScope, linkId: string): Promise<LinkRow> {
  assertId('shortLink', linkId);
  const row = await scope.first(shortLinks, eq(shortLinks.id, linkId));
  if (!row) throw new NotFound('Link');
  return row;
}

export async function listShortLinks(deps: CoreDeps, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(shortLinks, undefined, {
      orderBy: [desc(shortLinks.createdAt), desc(shortLinks.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(shortLinks),
  ]);
  return { items: rows.map((r) => shortLinkView(deps, r)), total };
}

/** A page of short links, each with its clicks (last 30 days and all time), as the dashboard lists them. */
export async function listShortLinksWithClicks(deps: CoreDeps, scope: TenantScope, page: Page) {
  const { items, total } = await listShortLinks(deps, scope, page);
  const counts = await clickCounts(
    deps,
    scope,
    items.map((l) => l.id),
  );
  return { items: items.map((l) => ({ ...l, clicks: counts.get(l.id)! })), total };
}

export async function getShortLink(deps: CoreDeps, scope: TenantScope, linkId: string) {
  return shortLinkView(deps, await load(scope, linkId));
}

/**
 * Create a short link on the platform's short domain. Without a code a random 7-character one is
 * drawn; a custom code must be free on the domain (codes of deleted links stay reserved) → 409.
 */
export async function createShortLink(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateShortLinkInput,
) {
  const data = validate(createShortLinkInput, input);
  const domain = deps.config.shortDomain;
  if (data.code && reservedCodes.has(data.code.toLowerCase())) {
    throw new Conflict('That code is reserved.', [
      { path: 'code', message: 'This code is reserved: try another one', code: 'code_taken' },
    ]);
  }
  const id = newId('shortLink');
  for (let attempt = 0; ; attempt++) {
    const code = data.code ?? randomString(randomCodeLength, codeAlphabet);
    try {
      await transactionWithEvents(deps, scope, async (tx, emit) => {
        await tx.insert(shortLinks, {
          id,
          domain,
          code,
          url: data.url,
          title: data.title ?? null,
          fallbackUrl: data.fallbackUrl ?? null,
          startsAt: data.startsAt ? new Date(data.startsAt) : null,
          expiresAt: data.expiresAt ? new Date(data.expiresAt) : null,
          passQuery: data.passQuery,
          active: data.active,
        });
        await recordAudit(tx, actor, {
          action: 'link.created',
          targetType: 'short_link',
          targetId: id,
          metadata: { code },
        });
        await emit('link.created', async () => shortLinkView(deps, await load(tx, id)));
      });
      break;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // Codes compare case-insensitively in MySQL, so `Sale` and `sale` are one code.
      if (data.code)
        throw new Conflict('That code is already taken.', [
          { path: 'code', message: 'This code is taken: try another one', code: 'code_taken' },
        ]);
      if (attempt >= 4) throw err;
    }
  }
  const row = await load(scope, id);
  await serveShortLink(deps, row.domain, row.code, target(row));
  return shortLinkView(deps, row);
}

/** Change a link's destination or schedule (its code is permanent); the edge sees it at once. */
export async function updateShortLink(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  linkId: string,
  patch: UpdateShortLinkInput,
) {
  const data = validate(updateShortLinkInput, patch);
  const current = await load(scope, linkId);
  const changes: Partial<LinkRow> = {};
  if (data.url !== undefined) changes.url = data.url;
  if (data.title !== undefined) changes.title = data.title;
  if (data.fallbackUrl !== undefined) changes.fallbackUrl = data.fallbackUrl;
  if (data.startsAt !== undefined) changes.startsAt = data.startsAt ? new Date(data.startsAt) : null;
  if (data.expiresAt !== undefined) changes.expiresAt = data.expiresAt ? new Date(data.expiresAt) : null;
  if (data.passQuery !== undefined) changes.passQuery = data.passQuery;
  if (data.active !== undefined) changes.active = data.active;
  const starts = changes.startsAt !== undefined ? changes.startsAt : current.startsAt;
  const ends = changes.expiresAt !== undefined ? changes.expiresAt : current.expiresAt;
  if (starts && ends && starts >= ends) {
    throw new ValidationFailed('The schedule window is empty.', [
      { path: 'expiresAt', message: 'Choose an end after the start' },
    ]);
  }
  await transactionWithEvents(deps, scope, async (tx, emit) => {
    if (Object.keys(changes).length) await tx.update(shortLinks, changes, eq(shortLinks.id, linkId));
    await recordAudit(tx, actor, {
      action: 'link.updated',
      targetType: 'short_link',
      targetId: linkId,
      metadata: { fields: Object.keys(changes) },
    });
    await emit('link.updated', async () => shortLinkView(deps, await load(tx, linkId)));
  });
  const row = await load(scope, linkId);
  await serveShortLink(deps, row.domain, row.code, target(row));
  return shortLinkView(deps, row);
}

/** Delete a link: it stops redirecting at once; its code stays reserved. */
export async function deleteShortLink(deps: CoreDeps, scope: TenantScope, actor: Actor, linkId: string) {
  const row = await load(scope, linkId);
  await transactionWithEvents(deps, scope, async (tx, emit) => {
    await tx.softDelete(shortLinks, and(eq(shortLinks.id, linkId)));
    await recordAudit(tx, actor, {
      action: 'link.deleted',
      targetType: 'short_link',
      targetId: linkId,
      metadata: { code: row.code },
    });
    await emit('link.deleted', () => shortLinkView(deps, row));
  });
  await takeShortLinkOffline(deps, row.domain, row.code);
}
