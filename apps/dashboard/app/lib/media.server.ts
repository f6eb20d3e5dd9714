import { publicOrigin, randomToken } from '@mewayz/core';
import type { DashboardDeps } from './env.server.ts';

export const MAX_AVATAR_BYTES = 2 * 1024 * 1024;

/** The image type from the file's first bytes (never from its name or the browser's claim). */
export function sniffImage(bytes: Uint8Array): { ext: string; type: string } | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47)
    return { ext: 'png', type: 'image/png' };
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return { ext: 'jpg', type: 'image/jpeg' };
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x38)
    return { ext: 'gif', type: 'image/gif' };
  if (
    b(0) === 0x52 &&
    b(1) === 0x49 &&
    b(2) === 0x46 &&
    b(3) === 0x46 &&
    b(8) === 0x57 &&
    b(9) === 0x45 &&
    b(10) === 0x42 &&
    b(11) === 0x50
  ) {
    return { ext: 'webp', type: 'image/webp' };
  }
  return null;
}

export type UploadResult = { ok: true; url: string; key: string } | { ok: false; error: string };

/**
 * Store an avatar under `avatars/<orgId>/<siteId>/<random>.<ext>` in the MEDIA bucket. Keys are never
 * reused, so both the dashboard and the edge can serve them as immutable. Returns the public URL on
 * the site's own host (the edge's `/media/<key>`).
 */
export async function uploadAvatar(
  deps: DashboardDeps,
  orgId: string,
  site: { id: string; slug: string },
  file: File,
): Promise<UploadResult> {
  if (!deps.media) return { ok: false, error: 'Uploads are not configured on this server.' };
  if (file.size === 0) return { ok: false, error: 'The file is empty.' };
  if (file.size > MAX_AVATAR_BYTES) return { ok: false, error: 'The image must be 2 MB or smaller.' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = sniffImage(bytes);
  if (!kind) return { ok: false, error: 'Use a PNG, JPEG, WebP or GIF image.' };
  const key = `avatars/${orgId}/${site.id}/${randomToken(16)}.${kind.ext}`;
  await deps.media.put(key, bytes, { httpMetadata: { contentType: kind.type } });
  return {
    ok: true,
    key,
    url: `${publicOrigin(deps.config, `${site.slug}.${deps.config.rootDomain}`)}/media/${key}`,
  };
}

export const mediaKeyPattern = /^avatars\/([a-z0-9_]+)\/[a-z0-9_]+\/[A-Za-z0-9_-]+\.(png|jpe?g|webp|gif)$/;
