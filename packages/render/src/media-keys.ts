import { demoMedia } from './demo-media.ts';

/**
 * Keys of creator media the site host serves from the bucket at `/media/<key>`:
 * `<kind>/<orgId>/<ownerId>/<random>.<ext>` — avatars and image blocks (owner: the site) as the
 * dashboard uploads them, product images (owner: the product) course thumbnails (owner: the course) blog covers (owner: the post) and
 * social posts' images (owner: `posts`; Instagram fetches them from here). The random part is never reused,
 * so answers are immutable.
 */
export const mediaKeyPattern =
  /^(?:avatars|images|products|courses|blog|social)\/[a-z0-9_]+\/[a-z0-9_]+\/[A-Za-z0-9_-]+\.(png|jpe?g|webp|gif)$/;

/** The self-hosted artwork of the demo site for `demo/<name>`, else undefined. */
export function demoMediaOf(key: string): string | undefined {
  if (!key.startsWith('demo/')) return undefined;
  const name = key.slice('demo/'.length);
  return Object.hasOwn(demoMedia, name) ? demoMedia[name] : undefined;
}

/** Whether `/media/<key>` on a site host answers with an image (so a page may show it). */
export function isServedMediaKey(key: string): boolean {
  return mediaKeyPattern.test(key) || demoMediaOf(key) !== undefined;
}
