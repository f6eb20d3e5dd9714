import { contactFormFields } from '@mewayz/contracts';
import { RateLimited, scopeOfSnapshot, sitesService, withRequestLog } from '@mewayz/core';
import { ipBucket } from '../api/middleware/rate-limit.ts';
import type { EdgeRequest } from '../platform/hono-env.ts';
import { notFoundResponse } from './html-response.ts';
import { siteOf } from './live-site.ts';
import { formErrorResponse, readSiteForm } from './site-forms.ts';

/** A message is at most 4,000 characters, which UTF-8 may take up to 16 KB for; names and email on top. */
const maxContactFormBytes = 20_480;

/**
 * `POST /contact`: a visitor's message through a contact form section of the published site. Stored,
 * then emailed to the creator after the answer (`waitUntil`); a filled honeypot is thanked like a
 * person and nothing is stored. Floods get 429 (per client address and per site).
 */
export async function contactPost(r: EdgeRequest): Promise<Response> {
  const snapshot = (await siteOf(r))?.snapshot;
  if (!snapshot) return notFoundResponse();
  const fields = await readSiteForm(r.raw, maxContactFormBytes);
  if (fields instanceof Response) return fields;
  const form = contactFormFields.safeParse(fields);
  const page = form.success
    ? snapshot.pages?.find((p) =>
        p.sections.some((s) => s.id === form.data.section && s.kind === 'contact_form'),
      )
    : undefined;
  const back = page?.role === 'page' ? `/${page.slug}` : '/';
  if (!form.success || !page)
    return formErrorResponse(
      422,
      'Please enter your name, a valid email address and a message',
      undefined,
      back,
    );
  const { section, name, email, message, website } = form.data;
  const thanks = `${back}?sent=${encodeURIComponent(section)}#s-${section}`;
  if (website) return new Response(null, { status: 303, headers: { location: thanks } });
  const deps = withRequestLog(r.deps, { request_id: r.requestId });
  const scope = scopeOfSnapshot(r.deps, snapshot);
  const cf = r.raw.headers.get('cf-connecting-ip');
  try {
    const sent = await sitesService.submitContactMessage(deps, scope, snapshot, {
      sectionId: section,
      name,
      email,
      message,
      client: cf ? ipBucket(cf) : null,
    });
    r.ctx.waitUntil(
      sitesService.notifyContactMessage(deps, scope, sent.id, snapshot.profile.name).catch((err: unknown) => {
        deps.log.error('contact message email failed', { messageId: sent.id, error: String(err) });
      }),
    );
  } catch (err) {
    if (!(err instanceof RateLimited)) throw err;
    const res = formErrorResponse(
      429,
      'Too many messages were sent from here',
      'Please try again later.',
      back,
    );
    res.headers.set('retry-after', String(err.retryAfterSeconds));
    return res;
  }
  return new Response(null, { status: 303, headers: { location: thanks } });
}
