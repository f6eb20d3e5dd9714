import type { SiteSnapshot } from '@mewayz/contracts';
import { monogram } from './favicon.ts';
import { fixedSrcset } from './responsive-image.ts';
import { imageUrlOrNull } from './safe-values.ts';

/** The creator's avatar (or a monogram), name and bio at the top of the page. */
export function ProfileHeader({ profile, origin }: { profile: SiteSnapshot['profile']; origin: string }) {
  const avatar = imageUrlOrNull(profile.avatarUrl, origin);
  return (
    <header class="pf">
      {avatar ? (
        <img
          class="av"
          src={avatar}
          {...fixedSrcset(avatar, 104)}
          width={104}
          height={104}
          alt={profile.name}
          fetchpriority="high"
        />
      ) : (
        <div class="av mg" aria-hidden="true">
          {monogram(profile.name)}
        </div>
      )}
      <h1>{profile.name}</h1>
      {profile.bio ? <p class="bio">{profile.bio}</p> : null}
    </header>
  );
}
