import { escapeXml, hexColorOrNull } from './safe-values.ts';

/** First character of a name, upper-cased, for monograms ("?" when the name has none to show). */
export function monogram(name: string): string {
  const first = Array.from(name.trim())[0];
  return first && /[\p{L}\p{N}]/u.test(first) ? first.toLocaleUpperCase('en') : '?';
}

/** An inline `data:` SVG favicon — a monogram on the theme's accent — so no other origin is contacted. */
export function monogramFavicon(name: string, background: string, foreground: string): string {
  const bg = hexColorOrNull(background) ?? '#111827';
  const fg = hexColorOrNull(foreground) ?? '#ffffff';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="16" fill="${bg}"/>` +
    `<text x="32" y="44" font-family="system-ui,sans-serif" font-size="34" font-weight="700" text-anchor="middle" fill="${fg}">${escapeXml(monogram(name))}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
