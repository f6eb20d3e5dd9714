import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { depsOf } from '../lib/env.server.ts';
import { mediaKeyPattern, socialVideoKeyPattern } from '../lib/media.server.ts';
import { requireOrg } from '../lib/tenant.server.ts';

const types: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  mp4: 'video/mp4',
};

/** Media of the current organization for the editor (`/media/avatars/<orgId>/…`). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  const key = params['*'] ?? '';
  const m = mediaKeyPattern.exec(key) ?? socialVideoKeyPattern.exec(key);
  const media = depsOf(context).media;
  if (!m || m[1] !== ctx.org.id || !media) throw new Response('Not found', { status: 404 });
  const object = await media.get(key);
  if (!object) throw new Response('Not found', { status: 404 });
  return new Response(object.body as unknown as BodyInit, {
    headers: {
      'content-type': types[m[2]!] ?? 'application/octet-stream',
      'cache-control': 'private, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
}
