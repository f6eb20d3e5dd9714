import { demoMediaOf, mediaKeyPattern, resizeOptionsPattern } from '@mewayz/render';
import type { Context } from 'hono';
import type { EdgeHono } from '../platform/hono-env.ts';
import { notFoundResponse } from './html-response.ts';

const contentTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  mp4: 'video/mp4',
};

/** A social post's video: Instagram fetches it from here (the REELS container's `video_url`). */
const socialVideoKeyPattern = /^social\/[a-z0-9_]+\/posts\/[A-Za-z0-9_-]+\.mp4$/;

/**
 * `GET /media/<key>` on a site host: creator media (avatars, image blocks, product images) from the R2
 * bucket, by the keys render's `mediaKeyPattern` allows. Keys carry a random part and are never
 * overwritten, so answers are immutable and cached for a year.
 */
export async function mediaRoute(c: Context<EdgeHono>): Promise<Response> {
  return mediaResponse(c, c.req.path.slice('/media/'.length));
}

/**
 * `GET /cdn-cgi/image/<options>/media/<key>`: the resized copies pages offer in `srcset`. In production
 * Cloudflare's image transformations answer these before the Worker runs; when a request reaches us
 * (local development, or transformations off on the zone) the original is served, which every
 * browser shows at the size the markup gives it. Only the options our pages write are taken.
 */
export async function resizedMediaRoute(c: Context<EdgeHono>): Promise<Response> {
  const rest = c.req.path.slice('/cdn-cgi/image/'.length);
  const slash = rest.indexOf('/');
  if (slash < 0 || !resizeOptionsPattern.test(rest.slice(0, slash))) return notFoundResponse();
  const path = rest.slice(slash);
  if (!path.startsWith('/media/')) return notFoundResponse();
  return mediaResponse(c, path.slice('/media/'.length));
}

async function mediaResponse(c: Context<EdgeHono>, key: string): Promise<Response> {
  const demo = demoMediaOf(key);
  if (demo) {
    return new Response(demo, {
      headers: {
        'content-type': 'image/svg+xml',
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        // An SVG opened directly must not run anything.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      },
    });
  }
  if (!(mediaKeyPattern.test(key) || socialVideoKeyPattern.test(key)) || !c.env.MEDIA)
    return notFoundResponse();
  const object = await c.env.MEDIA.get(key);
  if (!object) return notFoundResponse();
  const ext = key.slice(key.lastIndexOf('.') + 1);
  return new Response(object.body, {
    headers: {
      'content-type': contentTypes[ext] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      etag: object.httpEtag,
    },
  });
}
