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

/** The small 404 page; it never echoes the host or path it was asked for. */
export function notFoundResponse(): Response {
  const page = renderNotFoundPage();
  return htmlResponse(page.html, page.csp, 404, { 'cache-control': 'public, max-age=60' });
}
