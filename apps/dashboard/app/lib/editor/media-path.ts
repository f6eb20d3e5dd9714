/**
 * An uploaded image's public URL (`https://<site host>/media/<key>`) as the dashboard serves it to
 * the editor (`/media/<key>`, same organization only): the site may not be published yet.
 */
export function mediaPath(url: string): string {
  return url.replace(/^https?:\/\/[^/]+\/media\/((?:avatars|images)\/)/, '/media/$1');
}
