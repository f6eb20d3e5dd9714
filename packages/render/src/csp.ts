/** Base64 SHA-256 of `text` (UTF-8) with WebCrypto, as CSP hash sources use it. */
export async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Hashes of style sheets already seen: a handful of themes times colour overrides, so bounded in practice. */
const styleHashes = new Map<string, string>();
const maxStyleHashes = 256;

/**
 * {@link sha256Base64} of a page's style sheet, remembered: every page of one theme has the same CSS,
 * and WebCrypto's promise round trip costs more than the rest of a render.
 */
export async function styleHashOf(css: string): Promise<string> {
  const known = styleHashes.get(css);
  if (known) return known;
  const hash = await sha256Base64(css);
  if (styleHashes.size >= maxStyleHashes) styleHashes.delete(styleHashes.keys().next().value as string);
  styleHashes.set(css, hash);
  return hash;
}

/** What a page's Content-Security-Policy has to allow beyond "nothing". */
export interface CspInput {
  /** Base64 SHA-256 of the exact text of the page's single `<style>` element. */
  styleHash: string;
  /** Whether the page may load images (`'self'`, any https origin, data: URLs). */
  images?: boolean;
  /** Whether the page has forms (they only ever post to the page's own origin). */
  forms?: boolean;
  /** Origins a form's answer may redirect to (the buy form's 303 to the payment provider's checkout). */
  formOrigins?: readonly string[];
  /** Origins of iframes actually rendered on the page, e.g. `https://www.youtube-nocookie.com`. */
  frameOrigins?: readonly string[];
  /** Whether the page plays audio or video from its own origin (a lesson's uploaded video). */
  media?: boolean;
}

/** A strict CSP for a rendered page: no scripts, one hashed style element, no framing of the page. */
export function buildCsp(input: CspInput): string {
  const directives = ["default-src 'none'", `style-src 'sha256-${input.styleHash}'`];
  directives.push(input.images === false ? 'img-src data:' : "img-src 'self' https: data:");
  directives.push(
    input.forms === false
      ? "form-action 'none'"
      : ["form-action 'self'", ...new Set(input.formOrigins ?? [])].join(' '),
  );
  if (input.frameOrigins?.length) directives.push(`frame-src ${[...new Set(input.frameOrigins)].join(' ')}`);
  if (input.media) directives.push("media-src 'self'");
  // The page runs no scripts; same-origin fetches only let crawlers' tooling read robots.txt and the
  // sitemap in the page's context (Lighthouse's SEO audit does exactly that).
  directives.push("connect-src 'self'");
  directives.push("base-uri 'none'", "frame-ancestors 'none'");
  return directives.join('; ');
}
