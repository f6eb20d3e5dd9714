import { mediaKeyPattern } from './media-keys.ts';

/**
 * Responsive images for the site's own media. A raster image the creator uploaded (`/media/<key>`) is
 * offered at a few widths through Cloudflare's URL-based image transformations
 * (`/cdn-cgi/image/<options>/media/<key>`): in production Cloudflare resizes (and re-encodes to AVIF or
 * WebP where the browser takes it) before the Worker is reached; locally the edge Worker answers the
 * same URLs with the original bytes, so the markup is the same everywhere. External images and the demo
 * artwork (SVG) keep a plain `src`: nothing of ours can resize them, and vectors need no copies.
 */

export interface ResponsiveAttrs {
  srcset?: string;
  sizes?: string;
}

/** CSS width of the page's column (`main`: 680 px less its side padding): the widest a block image shows. */
export const columnWidth = 644;

/** Widths a fluid image is offered at: a short list, so the edge cache holds few copies per image. */
const fluidWidths = [320, 480, 640, 960, 1280, 1920];

/** The options part of a transformation URL; the local passthrough accepts exactly this shape. */
export const resizeOptionsPattern = /^width=([1-9][0-9]{0,3}),fit=scale-down,format=auto$/;

/**
 * Where `src` is a raster image of our media (`<host>/media/<key>`), the host's origin and the key, else
 * null. Any host: a page on a custom domain shows media by its `<slug>.<root>` URL, and that host resizes
 * it as well as the page's own would.
 */
function ownRaster(src: string): { at: string; key: string } | null {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  if (!url.pathname.startsWith('/media/') || url.search || url.hash) return null;
  const key = url.pathname.slice('/media/'.length);
  return mediaKeyPattern.test(key) && !key.endsWith('.gif') ? { at: url.origin, key } : null;
}

/** URL of the media `key` on `origin`, scaled down to at most `width` pixels wide. */
export function resizedMediaUrl(origin: string, key: string, width: number): string {
  return `${origin}/cdn-cgi/image/width=${width},fit=scale-down,format=auto/media/${key}`;
}

/**
 * `srcset` for an image always shown `width` CSS pixels wide (avatars, thumbnails, tiles): a copy for
 * ordinary screens and one for 2× screens.
 */
export function fixedSrcset(src: string, width: number): ResponsiveAttrs {
  const own = ownRaster(src);
  if (!own) return {};
  return {
    srcset: `${resizedMediaUrl(own.at, own.key, width)} 1x, ${resizedMediaUrl(own.at, own.key, width * 2)} 2x`,
  };
}

/**
 * `srcset` and `sizes` for an image that fills its column up to `maxWidth` CSS pixels: phones pick a
 * copy for their own width and density instead of the full upload.
 */
export function fluidSrcset(
  src: string,
  maxWidth: number,
  sizes = `(max-width: ${maxWidth + 36}px) calc(100vw - 36px), ${maxWidth}px`,
): ResponsiveAttrs {
  const own = ownRaster(src);
  if (!own) return {};
  const widths = fluidWidths.filter((w) => w <= maxWidth * 2);
  return {
    srcset: widths.map((w) => `${resizedMediaUrl(own.at, own.key, w)} ${w}w`).join(', '),
    sizes,
  };
}
