import { downloadGrants, type orderItems, type products } from '@mewayz/db/schema';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { sha256Hex } from '../crypto/hash.ts';
import { randomToken } from '../crypto/random.ts';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { CoreDeps } from '../deps.ts';
import { Gone, NotFound } from '../errors.ts';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/** Defaults when a digital product does not set its own (the product editor shows them). */
export const defaultDownloadLimit = 5;
export const defaultLinkExpiryHours = 72;

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** The file name a buyer's browser saves: the last part of the storage key. */
function fileNameOf(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1) || 'download';
}

/**
 * One download grant per digital item of a paid order, in the transaction that marks it paid. The
 * link's token is random; the row keeps its hash (to find it) and the token sealed with the key ring
 * (so a receipt sent again carries the same working link).
 */
export async function grantDownloads(
  deps: Pick<CoreDeps, 'now'> & { secrets: SecretBox },
  tx: TenantScope,
  orderId: string,
  items: (typeof orderItems.$inferSelect)[],
  catalog: Map<string, typeof products.$inferSelect>,
): Promise<number> {
  let granted = 0;
  for (const item of items) {
    const product = catalog.get(item.productId);
    if (item.kind !== 'digital' || !product?.fileKey) continue;
    const token = randomToken(32);
    const hours = product.linkExpiryHours ?? defaultLinkExpiryHours;
    await tx.insert(downloadGrants, {
      id: newId('downloadGrant'),
      orderId,
      orderItemId: item.id,
      productId: item.productId,
      tokenHash: await sha256Hex(token),
      tokenBox: await deps.secrets.encrypt(token),
      fileKey: product.fileKey,
      fileName: fileNameOf(product.fileKey),
      downloadLimit: product.downloadLimit ?? defaultDownloadLimit,
      expiresAt: new Date(deps.now().getTime() + hours * 3_600_000),
    });
    granted++;
  }
  return granted;
}

export interface DownloadLink {
  itemId: string;
  fileName: string;
  url: string;
  expiresAt: Date;
  downloadLimit: number;
}

/** The order's download links on `siteOrigin`, for the receipt and the success page. */
export async function downloadLinksOf(
  deps: { secrets: SecretBox },
  scope: TenantScope,
  orderId: string,
  siteOrigin: string,
): Promise<DownloadLink[]> {
  const grants = await scope.list(
    downloadGrants,
    and(eq(downloadGrants.orderId, orderId), isNull(downloadGrants.revokedAt)),
  );
  return Promise.all(
    grants.map(async (g) => ({
      itemId: g.orderItemId,
      fileName: g.fileName,
      url: `${siteOrigin}/d/${await deps.secrets.decrypt(g.tokenBox)}`,
      expiresAt: g.expiresAt,
      downloadLimit: g.downloadLimit,
    })),
  );
}

/**
 * Use one download of a link on this organization's site: 404 for an unknown token, 410 when it has
 * expired, was used up or revoked (refunded). The count goes up in one conditional update, so
 * concurrent clicks cannot go past the limit.
 */
export async function redeemDownload(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  token: string,
): Promise<{ fileKey: string; fileName: string }> {
  if (!tokenPattern.test(token)) throw new NotFound('Download');
  const tokenHash = await sha256Hex(token);
  const now = deps.now();
  const used = await scope.update(
    downloadGrants,
    { downloads: sql`${downloadGrants.downloads} + 1` } as never,
    and(
      eq(downloadGrants.tokenHash, tokenHash),
      isNull(downloadGrants.revokedAt),
      gt(downloadGrants.expiresAt, now),
      lt(downloadGrants.downloads, downloadGrants.downloadLimit),
    ),
  );
  const grant = await scope.first(downloadGrants, eq(downloadGrants.tokenHash, tokenHash));
  if (!grant) throw new NotFound('Download');
  if (used === 0) {
    if (grant.revokedAt) throw new Gone('This download is no longer available.');
    if (grant.expiresAt <= now) throw new Gone('This download link has expired.');
    throw new Gone('This download link has been used as many times as it allows.');
  }
  return { fileKey: grant.fileKey, fileName: grant.fileName };
}

/** A refunded order's links stop working. */
export async function revokeDownloads(deps: Pick<CoreDeps, 'now'>, tx: TenantScope, orderId: string) {
  await tx.update(
    downloadGrants,
    { revokedAt: deps.now() },
    and(eq(downloadGrants.orderId, orderId), isNull(downloadGrants.revokedAt)),
  );
}
