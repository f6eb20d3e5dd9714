import { randomToken, safeFileName } from '@mewayz/core';
import type { DashboardDeps } from '../env.server.ts';
import { storeImage } from '../media.server.ts';
import { downloadTypes, extensionOf, formatBytes, MAX_DOWNLOAD_BYTES } from './download-file.ts';
import { MAX_PRODUCT_IMAGE_BYTES } from './forms.ts';

/**
 * A digital product's file in R2: `downloads/<orgId>/<random>/<name>`. The folder is never served
 * by the media routes (buyers get expiring links); the name is the uploaded one made safe for a key
 * and a Content-Disposition, so the buyer's copy keeps a recognisable name.
 */
export async function storeDownload(
  deps: DashboardDeps,
  orgId: string,
  file: File,
): Promise<{ ok: true; key: string } | { ok: false; error: string }> {
  if (!deps.media) return { ok: false, error: 'Uploads are not configured on this server.' };
  if (file.size === 0) return { ok: false, error: 'The file is empty.' };
  if (file.size > MAX_DOWNLOAD_BYTES)
    return { ok: false, error: `Use a file of at most ${formatBytes(MAX_DOWNLOAD_BYTES)}` };
  const type = downloadTypes[extensionOf(file.name)];
  if (!type)
    return {
      ok: false,
      error: 'Use a common file type (ZIP, PDF, EPUB, audio, video, images, fonts, documents)',
    };
  const name = safeFileName(file.name);
  const key = `downloads/${orgId}/${randomToken(16)}/${name}`;
  // R2 needs the length of what it stores up front; the form's file is in memory already.
  await deps.media.put(key, await file.arrayBuffer(), {
    httpMetadata: { contentType: type, contentDisposition: `attachment; filename="${name}"` },
  });
  return { ok: true, key };
}

/** What the editor shows of a stored file: its name, and its size when the bucket has it. */
export async function downloadInfo(deps: DashboardDeps, key: string) {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const head = deps.media ? await deps.media.head(key) : null;
  return { name, size: head ? formatBytes(head.size) : null };
}

/** Remove an object this request stored, when what it was for was refused. */
export async function forgetUpload(deps: DashboardDeps, key: string): Promise<void> {
  await deps.media?.delete(key);
}

/** A product image under `products/<orgId>/<productId>/<random>.<ext>` (served to the editor by /media). */
export function storeProductImage(deps: DashboardDeps, orgId: string, productId: string, file: File) {
  return storeImage(deps, `products/${orgId}/${productId}`, file, MAX_PRODUCT_IMAGE_BYTES);
}
