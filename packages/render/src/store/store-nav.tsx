import type { SiteSnapshot } from '@mewayz/contracts';
import { fixedSrcset } from '../responsive-image.ts';
import { imageUrlOrNull } from '../safe-values.ts';

/** The way back from a store page: the creator's avatar and name to the bio page, and the store itself. */
export function StoreNav({
  snapshot,
  origin,
  atStore = false,
}: {
  snapshot: SiteSnapshot;
  origin: string;
  /** Whether the page is the store itself (all products). */
  atStore?: boolean;
}) {
  const avatar = imageUrlOrNull(snapshot.profile.avatarUrl, origin);
  return (
    <nav class="sn" aria-label="Site">
      <a href="/">
        {avatar ? <img src={avatar} {...fixedSrcset(avatar, 36)} width={36} height={36} alt="" /> : null}
        {snapshot.profile.name}
      </a>
      <a href="/store" aria-current={atStore ? 'page' : undefined}>
        Store
      </a>
    </nav>
  );
}
