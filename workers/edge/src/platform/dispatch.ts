import { idTimePart, newId } from '@mewayz/core';

/** What the Worker's entry worked out about a request before dispatching it to an app. */
export interface Dispatched {
  url: URL;
  /** The normalised request host. */
  host: string;
  /** This request's id (`req_…`): in the `X-Request-Id` answer header and on every log line about it. */
  requestId: string;
}

const dispatched = new WeakMap<Request, Dispatched>();

const crockford = '0123456789abcdefghjkmnpqrstvwxyz';
/**
 * Ten random characters drawn once per isolate (on its first request: Workers refuse random numbers at
 * start-up); a counter tells this isolate's requests apart.
 */
let isolateTag = '';
let counter = 0;

/**
 * A request id shaped like every other id (`req_` + 26 characters, time-ordered): the time in ms, the
 * isolate's tag and a counter. Unique without drawing random bytes per request, which the profile of
 * a cached page showed costing as much as answering it from memory.
 */
export function nextRequestId(now = Date.now()): string {
  isolateTag ||= newId('request').slice(-10);
  counter = (counter + 1) % 1_048_576;
  let seq = '';
  for (let i = 0, n = counter; i < 6; i++, n >>= 5) seq = crockford[n & 31] + seq;
  return `req_${idTimePart(now)}${isolateTag}${seq}`;
}

/** Record a request the entry accepted (its host normalised), with a new request id. */
export function recordDispatch(request: Request, url: URL, host: string): Dispatched {
  const info = { url, host, requestId: nextRequestId() };
  dispatched.set(request, info);
  return info;
}

/** What the entry recorded about `request` (every request an app sees went through it). */
export function dispatchOf(request: Request): Dispatched | undefined {
  return dispatched.get(request);
}

/**
 * Name the request id on the answer. Responses the runtime made (a cache hit, a subrequest) may have
 * immutable headers; those are copied once, which costs nothing on the hot paths that build their own.
 */
export function withRequestIdHeader(res: Response, requestId: string): Response {
  try {
    res.headers.set('X-Request-Id', requestId);
    return res;
  } catch {
    const copy = new Response(res.body, res);
    copy.headers.set('X-Request-Id', requestId);
    return copy;
  }
}
