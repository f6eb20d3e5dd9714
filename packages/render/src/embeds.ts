import type { embedProviders } from '@mewayz/contracts';

/** One of the contract's `embedProviders`. */
export type EmbedProvider = (typeof embedProviders)[number];

/** Where a provider's player lives: the iframe `src` and the origin the CSP must allow in `frame-src`. */
export interface EmbedTarget {
  embedUrl: string;
  /** Origin of `embedUrl` (scheme + host), for `frame-src`. */
  frameHost: string;
  /** Player shape: video players keep 16:9, audio players have a fixed height. */
  layout: 'video' | 'audio';
  /** Suggested iframe height in CSS pixels for audio players. */
  height: number;
}

/** Human name of each provider, for card labels and iframe titles. */
export const embedProviderNames: Record<EmbedProvider, string> = {
  youtube: 'YouTube',
  spotify: 'Spotify',
  soundcloud: 'SoundCloud',
  vimeo: 'Vimeo',
};

function parse(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

function hostIs(u: URL, ...hosts: string[]): boolean {
  const host = u.hostname.toLowerCase();
  return hosts.some((h) => host === h || host === `www.${h}` || host === `m.${h}`);
}

function segments(u: URL): string[] {
  return u.pathname.split('/').filter(Boolean);
}

const youtubeId = /^[A-Za-z0-9_-]{11}$/;
const youtubeList = /^[A-Za-z0-9_-]{10,64}$/;

function startSeconds(u: URL): number | null {
  const raw = u.searchParams.get('t') ?? u.searchParams.get('start');
  if (!raw) return null;
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(raw);
  if (!m) return null;
  const total = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return total > 0 ? total : null;
}

function youtube(u: URL): EmbedTarget | null {
  const parts = segments(u);
  let id: string | undefined;
  if (hostIs(u, 'youtu.be')) id = parts[0];
  else if (hostIs(u, 'youtube.com', 'music.youtube.com', 'youtube-nocookie.com')) {
    if (parts[0] === 'watch') id = u.searchParams.get('v') ?? undefined;
    else if (['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')) id = parts[1];
    else if (parts[0] === 'playlist') {
      const list = u.searchParams.get('list');
      if (!list || !youtubeList.test(list)) return null;
      return video(`https://www.youtube-nocookie.com/embed/videoseries?list=${list}&autoplay=1`);
    }
  }
  if (!id || !youtubeId.test(id)) return null;
  const start = startSeconds(u);
  return video(`https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`);
}

function vimeo(u: URL): EmbedTarget | null {
  const parts = segments(u);
  let id: string | undefined;
  let hash: string | undefined;
  if (hostIs(u, 'player.vimeo.com')) {
    if (parts[0] === 'video') id = parts[1];
    hash = u.searchParams.get('h') ?? undefined;
  } else if (hostIs(u, 'vimeo.com')) {
    // vimeo.com/<id>[/<hash>], /channels/<name>/<id>, /groups/<name>/videos/<id>, /showcase/<n>/video/<id>
    const at = parts.findIndex((p) => /^\d+$/.test(p));
    if (at >= 0 && (at === 0 || ['channels', 'groups', 'showcase', 'album'].includes(parts[0]!))) {
      id = parts[at];
      if (at === 0 && parts[1] && /^[0-9a-f]{6,20}$/.test(parts[1])) hash = parts[1];
    }
  }
  if (!id || !/^\d{1,12}$/.test(id)) return null;
  const h = hash && /^[0-9a-f]{6,20}$/.test(hash) ? `&h=${hash}` : '';
  return video(`https://player.vimeo.com/video/${id}?autoplay=1${h}`);
}

const spotifyTypes = new Set(['track', 'album', 'playlist', 'episode', 'show', 'artist']);

function spotify(u: URL): EmbedTarget | null {
  if (!hostIs(u, 'open.spotify.com')) return null;
  const parts = segments(u);
  // Localised links carry a leading `intl-xx` segment; old player links an `embed` one.
  while (parts[0] && (/^intl-[a-z-]+$/i.test(parts[0]) || parts[0] === 'embed')) parts.shift();
  const [type, id] = parts;
  if (!type || !spotifyTypes.has(type) || !id || !/^[A-Za-z0-9]{22}$/.test(id)) return null;
  const compact = type === 'track' || type === 'episode';
  return {
    embedUrl: `https://open.spotify.com/embed/${type}/${id}`,
    frameHost: 'https://open.spotify.com',
    layout: 'audio',
    height: compact ? 152 : 352,
  };
}

const soundcloudReserved = new Set(['discover', 'search', 'stream', 'upload', 'you', 'charts', 'pages']);

function soundcloud(u: URL): EmbedTarget | null {
  if (!hostIs(u, 'soundcloud.com')) return null;
  const parts = segments(u);
  const [user, second, third] = parts;
  const slug = /^[A-Za-z0-9_-]{1,100}$/;
  if (!user || !second || !slug.test(user) || soundcloudReserved.has(user)) return null;
  let path: string;
  let isSet = false;
  if (second === 'sets' && third && slug.test(third) && parts.length === 3) {
    path = `${user}/sets/${third}`;
    isSet = true;
  } else if (slug.test(second) && parts.length === 2) path = `${user}/${second}`;
  else return null;
  const target = encodeURIComponent(`https://soundcloud.com/${path}`);
  return {
    embedUrl: `https://w.soundcloud.com/player/?url=${target}&auto_play=true&visual=false`,
    frameHost: 'https://w.soundcloud.com',
    layout: 'audio',
    height: isSet ? 450 : 166,
  };
}

function video(embedUrl: string): EmbedTarget {
  return { embedUrl, frameHost: new URL(embedUrl).origin, layout: 'video', height: 0 };
}

/**
 * The provider's player URL for a creator's link to a video/track, or null when the URL is not a shape
 * this provider's player accepts (the block then renders as a plain card linking to the URL).
 */
export function embedTarget(provider: EmbedProvider, url: string): EmbedTarget | null {
  const u = parse(url);
  if (!u) return null;
  switch (provider) {
    case 'youtube':
      return youtube(u);
    case 'vimeo':
      return vimeo(u);
    case 'spotify':
      return spotify(u);
    case 'soundcloud':
      return soundcloud(u);
    default:
      return null;
  }
}
