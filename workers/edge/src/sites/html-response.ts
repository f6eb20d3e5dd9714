import { renderNotFoundPage } from '@mewayz/render';
import { securityHeaders } from './security-headers.ts';

/** An HTML answer with the site security headers. */
export function htmlResponse(
  html: string,
  csp: string,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...securityHeaders(csp), ...headers },
  });
}

/**
 * Nobody may keep a 404: "no site here" (or "no such link") is only true until the next publish,
 * and a publish must be visible on the very next request (decision 0002), in browsers and shared
 * caches too. The edge itself remembers a missing host only under the purged pointer key.
 */
export const notFoundCacheControl = 'no-store';

let notFound: { html: string; csp: string } | null = null;

/** The small 404 page (rendered once per isolate); it never echoes the host or path it was asked for. */
export function notFoundResponse(): Response {
  notFound ??= renderNotFoundPage();
  return htmlResponse(notFound.html, notFound.csp, 404, { 'cache-control': notFoundCacheControl });
}

/**
 * What a visitor sees when the edge failed (a bug, or the data plane down): a plain apology with the
 * request id to quote, never kept, never a stack trace.
 */
export function serverErrorResponse(requestId: string): Response {
  return new Response(`Something went wrong on our side. Please try again.\nRequest id: ${requestId}\n`, {
    status: 500,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-request-id': requestId,
    },
  });
}

/** A request the edge cannot make sense of (e.g. a Host the URL standard refuses): plain text, never kept. */
export function badRequestResponse(): Response {
  return new Response('Bad Request\n', {
    status: 400,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': notFoundCacheControl,
      'x-content-type-options': 'nosniff',
    },
  });
}
