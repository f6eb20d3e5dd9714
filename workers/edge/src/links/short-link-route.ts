import { lookupShortLink, type ShortLinkTarget } from '@mewayz/core';
import type { Context } from 'hono';
import { type EdgeHono, edgeRequestOf } from '../platform/hono-env.ts';
import { ReadCollapser } from '../platform/read-collapser.ts';
import { notFoundResponse } from '../sites/html-response.ts';
import { trackHit } from '../tracking/capture-event.ts';
import { redirectResponse } from './redirect.ts';

const codePattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Lookups by `<domain>/<code>`, shared like site pointers: a lookup that started less than
 * `POINTER_REUSE_MS` before a click arrived answers it, because every change to a short link waits
 * that long after writing Redis before it returns (core's links service). A viral link then costs
 * one Redis read per window per isolate, not one per click.
 */
const lookups = new ReadCollapser<ShortLinkTarget | null>();

/** `GET /<code>` on the short-link domain: 302 at once, the click recorded after the response. */
export async function shortLinkRoute(c: Context<EdgeHono>): Promise<Response> {
  const code = c.req.param('code') ?? '';
  if (!codePattern.test(code)) return notFoundResponse();
  const r = edgeRequestOf(c);
  const { deps, url } = r;
  const domain = deps.config.shortDomain;
  const link = await lookups.read(
    `${domain}/${code}`,
    () => lookupShortLink(deps, domain, code),
    deps.vars.POINTER_REUSE_MS,
  );
  if (!link) return notFoundResponse();
  const now = deps.now();
  const live =
    link.active &&
    (!link.startsAt || new Date(link.startsAt) <= now) &&
    (!link.expiresAt || now < new Date(link.expiresAt));
  const destination = live ? link.url : link.fallbackUrl;
  if (!destination) return notFoundResponse();
  trackHit(r, { kind: 'click', organizationId: link.organizationId, siteId: '', linkId: link.id });
  return redirectResponse(destination, link.passQuery && url.search ? url.searchParams : null);
}
