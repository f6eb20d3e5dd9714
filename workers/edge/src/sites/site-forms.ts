import { PayloadTooLarge } from '@mewayz/core';
import { type NoticeOptions, renderNoticePage } from '@mewayz/render';
import { readLimitedBody } from '../platform/read-limited-body.ts';
import { htmlResponse } from './html-response.ts';

/** A site's forms (signup, buy) are a few short fields: 4 KiB is plenty. */
const maxFormBytes = 4096;

/** A small page explaining why a form was refused, with a way back (never cached). */
export function formErrorResponse(status: number, title: string, message?: string, backHref = '/'): Response {
  return noticeResponse(status, {
    title,
    message,
    links: [{ href: backHref, label: 'Go back', primary: true }],
  });
}

/** A notice page of the site host, never cached: what happened to a form, a checkout or a download. */
export function noticeResponse(status: number, opts: NoticeOptions): Response {
  const page = renderNoticePage(opts);
  return htmlResponse(page.html, page.csp, status, { 'cache-control': 'private, no-store' });
}

/**
 * A site form's fields, read through the body limit; a page answer (413, 415, 400) when the body
 * is too large, not a form, or a form that does not parse (e.g. multipart without its boundary).
 */
export async function readSiteForm(
  req: Request,
  maxBytes = maxFormBytes,
): Promise<Record<string, string> | Response> {
  const type = req.headers.get('content-type') ?? '';
  const urlencoded = type.startsWith('application/x-www-form-urlencoded');
  if (!urlencoded && !type.startsWith('multipart/form-data'))
    return formErrorResponse(415, 'That form was sent in a way this page does not understand');
  let bytes: Uint8Array;
  try {
    bytes = await readLimitedBody(req, maxBytes);
  } catch (err) {
    if (err instanceof PayloadTooLarge) return formErrorResponse(413, 'That form was too large');
    throw err;
  }
  try {
    const entries = urlencoded
      ? new URLSearchParams(new TextDecoder().decode(bytes))
      : await new Request('http://form.invalid/', {
          method: 'POST',
          headers: { 'content-type': type },
          body: bytes,
        }).formData();
    const fields: Record<string, string> = {};
    for (const [k, v] of entries) if (typeof v === 'string') fields[k] = v;
    return fields;
  } catch {
    return formErrorResponse(400, 'That form could not be read');
  }
}
