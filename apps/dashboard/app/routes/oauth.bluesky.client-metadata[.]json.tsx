import { socialService } from '@mewayz/core';
import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { depsOf } from '../lib/env.server.ts';

/**
 * Bluesky's client registration (atproto OAuth): the client id is this document's URL
 * (`SOCIAL_BLUESKY_CLIENT_ID`), and authorization servers fetch it to learn our redirect URI, scope and
 * that our tokens are DPoP-bound. Public, cacheable; 404 where Bluesky is not configured.
 */
export async function loader({ context }: LoaderFunctionArgs) {
  const deps = depsOf(context);
  const app = deps.social.apps.bluesky;
  if (!app) throw new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(socialService.blueskyClientMetadata(app, deps.social.callbackUrl)), {
    headers: {
      'content-type': 'application/json',
      'cache-control': 'public, max-age=600',
      'access-control-allow-origin': '*',
    },
  });
}
