import type { SiteSnapshot } from '@mewayz/contracts';
import { imageUrlOrNull } from '../safe-values.ts';

/** The way back from a store page: the creator's avatar and name to the bio page, and the store itself. */
export function StoreNav({ snapshot, origin }: { snapshot: SiteSnapshot; origin: string }) {
  const avatar = imageUrlOrNull(snapshot.profile.avatarUrl, origin);
  return (
    <nav class="sn" aria-label="Site">
      <a href="/">
        {avatar ? <img src={avatar} width={36} height={36} alt="" /> : null}
        {snapshot.profile.name}
      </a>
      <a href="/store">Store</a>
    </nav>
  );
}
