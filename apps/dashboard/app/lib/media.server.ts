import { MAX_SOCIAL_VIDEO_BYTES } from '@mewayz/contracts';
import { publicOrigin, randomToken, sniffImage, sniffVideo } from '@mewayz/core';
import type { DashboardDeps } from './env.server.ts';

export const MAX_AVATAR_BYTES = 2 * 1024 * 1024;

/**
 * Pixel size from the image header (PNG IHDR, GIF screen descriptor, JPEG SOF, WebP VP8/VP8L/VP8X),
 * so an uploaded image block gets its width and height without the creator typing them.
 */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const b = (i: number) => bytes[i] ?? 0;
  const be16 = (i: number) => (b(i) << 8) | b(i + 1);
  const le16 = (i: number) => b(i) | (b(i + 1) << 8);
  const le24 = (i: number) => b(i) | (b(i + 1) << 8) | (b(i + 2) << 16);
  const kind = sniffImage(bytes)?.ext;
  let size: { width: number; height: number } | null = null;
  if (kind === 'png') size = { width: (be16(16) << 16) | be16(18), height: (be16(20) << 16) | be16(22) };
  else if (kind === 'gif') size = { width: le16(6), height: le16(8) };
  else if (kind === 'webp') {
    const chunk = String.fromCharCode(b(12), b(13), b(14), b(15));
    if (chunk === 'VP8 ') size = { width: le16(26) & 0x3fff, height: le16(28) & 0x3fff };
    else if (chunk === 'VP8L') {
      const bits = b(21) | (b(22) << 8) | (b(23) << 16) | (b(24) << 24);
      size = { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    } else if (chunk === 'VP8X') size = { width: le24(24) + 1, height: le24(27) + 1 };
  } else if (kind === 'jpg') {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (b(i) !== 0xff) return null;
      const marker = b(i + 1);
      // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        size = { width: be16(i + 7), height: be16(i + 5) };
        break;
      }
      i += 2 + be16(i + 2);
    }
  }
  return size && size.width > 0 && size.height > 0 ? size : null;
}

export type UploadResult =
  | { ok: true; url: string; key: string; width: number | null; height: number | null }
  | { ok: false; error: string };

/** What an upload is for: the folder of its key (the edge serves avatars and images under `/media/`). */
export type MediaKind = 'avatars' | 'images' | 'products';

export type StoredImage =
  | { ok: true; key: string; contentType: string; width: number | null; height: number | null }
  | { ok: false; error: string };

/**
 * Store an image under `<folder>/<random>.<ext>` in the MEDIA bucket, its type read from its bytes.
 * Keys are never reused, so both the dashboard and the edge can serve them as immutable.
 */
export async function storeImage(
  deps: DashboardDeps,
  folder: string,
  file: File,
  maxBytes = MAX_AVATAR_BYTES,
  /** A further rule of what the image is for (a network's types and sizes): why it is refused, or null. */
  accept?: (image: { contentType: string; size: number }) => string | null,
): Promise<StoredImage> {
  if (!deps.media) return { ok: false, error: 'Uploads are not configured on this server.' };
  if (file.size === 0) return { ok: false, error: 'The file is empty.' };
  if (file.size > maxBytes)
    return { ok: false, error: `The image must be ${+(maxBytes / (1024 * 1024)).toFixed(1)} MB or smaller.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImage(bytes);
  if (!type) return { ok: false, error: 'Use a PNG, JPEG, WebP or GIF image.' };
  const refused = accept?.({ contentType: type.type, size: bytes.length });
  if (refused) return { ok: false, error: refused };
  const key = `${folder}/${randomToken(16)}.${type.ext}`;
  await deps.media.put(key, bytes, { httpMetadata: { contentType: type.type } });
  const size = imageSize(bytes);
  return { ok: true, key, contentType: type.type, width: size?.width ?? null, height: size?.height ?? null };
}

/**
 * Store a social post's video under `<folder>/<random>.mp4`, the way a lesson's video is stored: its
 * type read from its bytes (MP4 only: the networks take that), at most 50 MB. Null when the file is
 * not a video at all (then it may be an image).
 */
export async function storeVideo(
  deps: DashboardDeps,
  folder: string,
  file: File,
): Promise<{ ok: true; key: string; contentType: string } | { ok: false; error: string } | null> {
  const head = sniffVideo(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!head) return null;
  if (!deps.media) return { ok: false, error: 'Uploads are not configured on this server.' };
  if (head.type !== 'video/mp4')
    return { ok: false, error: 'Use an MP4 video (H.264): the networks take that.' };
  if (file.size > MAX_SOCIAL_VIDEO_BYTES)
    return {
      ok: false,
      error: `Videos can be up to ${MAX_SOCIAL_VIDEO_BYTES / (1024 * 1024)} MB here; this one is ${(file.size / 1_000_000).toFixed(1)} MB.`,
    };
  const key = `${folder}/${randomToken(16)}.mp4`;
  await deps.media.put(key, new Uint8Array(await file.arrayBuffer()), {
    httpMetadata: { contentType: 'video/mp4' },
  });
  return { ok: true, key, contentType: 'video/mp4' };
}

/**
 * Store a site's image under `<kind>/<orgId>/<siteId>/<random>.<ext>`. Returns the public URL on the
 * site's own host (the edge's `/media/<key>`) and the pixel size when the header tells it.
 */
export async function uploadImage(
  deps: DashboardDeps,
  orgId: string,
  site: { id: string; slug: string },
  file: File,
  kind: MediaKind,
): Promise<UploadResult> {
  const stored = await storeImage(deps, `${kind}/${orgId}/${site.id}`, file);
  if (!stored.ok) return stored;
  return {
    ...stored,
    url: `${publicOrigin(deps.config, `${site.slug}.${deps.config.rootDomain}`)}/media/${stored.key}`,
  };
}

/** A file field that holds a file (browsers send an empty, nameless part when none was chosen). */
export function chosenFile(value: unknown): File | null {
  return value && typeof value !== 'string' && (value as File).size > 0 ? (value as File) : null;
}

/** A social post's video (`social/<orgId>/posts/<random>.mp4`): served to its workspace and to Instagram. */
export const socialVideoKeyPattern = /^social\/([a-z0-9_]+)\/posts\/[A-Za-z0-9_-]+\.(mp4)$/;

export const mediaKeyPattern =
  /^(?:avatars|images|products|courses|blog|social)\/([a-z0-9_]+)\/[a-z0-9_]+\/[A-Za-z0-9_-]+\.(png|jpe?g|webp|gif)$/;
