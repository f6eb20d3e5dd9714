import { LruMap } from '../platform/lru-map.ts';

/** Query parameters that belong to Mewayz itself and never travel on to a destination. */
const ownParams = new Set(['confirm']);

/**
 * `302` to `destination`, with the visitor's query string (UTM parameters) merged in when allowed;
 * the destination's own parameters win on conflict. Never cached, so every click is counted.
 */
export function redirectResponse(destination: string, passQuery: URLSearchParams | null): Response {
  let location = destination;
  if (passQuery && [...passQuery.keys()].some((k) => !ownParams.has(k))) {
    const target = new URL(destination);
    if (target.protocol === 'http:' || target.protocol === 'https:') {
      for (const [k, v] of passQuery)
        if (!ownParams.has(k) && !target.searchParams.has(k)) target.searchParams.append(k, v);
      location = target.toString();
    }
  }
  return new Response(null, { status: 302, headers: redirectHeaders(location) });
}

/** Ready header sets by destination: a Response copies a Headers object faster than it converts a plain one. */
const headersByLocation = new LruMap<string, Headers>(1000);

function redirectHeaders(location: string): Headers {
  let headers = headersByLocation.get(location);
  if (!headers) {
    headers = new Headers({
      location,
      'cache-control': 'private, max-age=0, no-store',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    headersByLocation.set(location, headers);
  }
  return headers;
}
