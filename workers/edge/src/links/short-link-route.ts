import { lookupShortLink } from '@mewayz/core';
import type { Context } from 'hono';
import { type EdgeHono, edgeRequestOf } from '../platform/hono-env.ts';
import { notFoundResponse } from '../sites/html-response.ts';
import { trackHit } from '../tracking/capture-event.ts';
import { redirectResponse } from './redirect.ts';

const codePattern = /^[A-Za-z0-9_-]{1,64}$/;

/** `GET /<code>` on the short-link domain: 302 at once, the click recorded after the response. */
export async function shortLinkRoute(c: Context<EdgeHono>): Promise<Response> {
  const code = c.req.param('code') ?? '';
  if (!codePattern.test(code)) return notFoundResponse();
  const r = edgeRequestOf(c);
  const { deps, url } = r;
  const link = await lookupShortLink(deps, deps.config.shortDomain, code);
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
