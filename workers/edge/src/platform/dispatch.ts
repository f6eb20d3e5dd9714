import { newId } from '@mewayz/core';

/** What the Worker's entry worked out about a request before dispatching it to an app. */
export interface Dispatched {
  url: URL;
  /** The normalised request host. */
  host: string;
  /** This request's id (`req_…`): in the `X-Request-Id` answer header and on every log line about it. */
  requestId: string;
}

const dispatched = new WeakMap<Request, Dispatched>();

/** Record a request the entry accepted (its host normalised), with a new request id. */
export function recordDispatch(request: Request, url: URL, host: string): Dispatched {
  const info = { url, host, requestId: newId('request') };
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
