import {
  type CoreDeps,
  campaignsService,
  confirmSignup,
  publicOrigin,
  scopeOfSnapshot,
  sendSignupConfirmation,
  subscribeContact,
  withRequestLog,
} from '@mewayz/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { signupConfirmPage } from '../email/consent-pages.ts';
import { type EdgeHono, type EdgeRequest, edgeRequestOf } from '../platform/hono-env.ts';
import { htmlResponse, notFoundResponse } from './html-response.ts';
import { siteOf } from './live-site.ts';
import { formErrorResponse, readSiteForm } from './site-forms.ts';

const subscribeForm = z.object({
  block: z.string().min(1).max(40),
  email: z.email().max(254),
  website: z.string().max(200).optional(),
});

const pageHeaders = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' };

/** A confirmation token's claims when it was signed for this very site, else null (a 404). */
async function confirmationTarget(r: EdgeRequest, token: string) {
  const claims = await campaignsService.verifyTracking(r.deps.campaigns.trackingSecret, token, 'confirm');
  const site = claims && (await siteOf(r));
  if (!claims || !site) return null;
  const { snapshot } = site;
  if (claims.organizationId !== snapshot.organizationId || claims.campaignId !== snapshot.siteId) return null;
  return { claims, siteName: snapshot.profile.name, action: `/subscribe/confirm/${token}` };
}

/**
 * A site's newsletter signup (`POST /subscribe`, the email signup block's form) and, with double opt-in,
 * the confirmation link it emails (`/subscribe/confirm/<token>`: a page whose button POSTs).
 */
export const signupRoutes = new Hono<EdgeHono>()
  .post('/subscribe', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const { snapshot } = site;
    const fields = await readSiteForm(r.raw);
    if (fields instanceof Response) return fields;
    const form = subscribeForm.safeParse(fields);
    const block = form.success
      ? snapshot.blocks.find((b) => b.id === form.data.block && b.type === 'email_signup')
      : undefined;
    if (!form.success || !block) return formErrorResponse(422, 'That email address does not look right');
    let confirm = false;
    // A filled honeypot is a bot: thank it like a person, store nothing.
    if (!form.data.website) {
      const deps = withRequestLog(r.deps, { request_id: r.requestId });
      const scope = scopeOfSnapshot(r.deps, snapshot);
      const outcome = await subscribeContact(deps, scope, {
        email: form.data.email,
        siteId: snapshot.siteId,
        blockId: block.id,
      });
      if (outcome.confirm) {
        confirm = true;
        await sendSignupConfirmation(deps as CoreDeps & { mailer: typeof deps.mailer }, scope, {
          ...outcome.confirm,
          siteId: snapshot.siteId,
          siteName: snapshot.profile.name,
          origin: publicOrigin(r.deps.config, r.host),
          secret: r.deps.campaigns.trackingSecret,
        });
      }
    }
    const query = `subscribed=${encodeURIComponent(block.id)}${confirm ? '&confirm=1' : ''}`;
    return c.redirect(`/?${query}#b-${block.id}`, 303);
  })
  .get('/subscribe/confirm/:token', async (c) => {
    const target = await confirmationTarget(edgeRequestOf(c), c.req.param('token'));
    if (!target) return notFoundResponse();
    const page = signupConfirmPage({ state: 'ask', siteName: target.siteName, action: target.action });
    return htmlResponse(page.html, page.csp, 200, pageHeaders);
  })
  .post('/subscribe/confirm/:token', async (c) => {
    const r = edgeRequestOf(c);
    const target = await confirmationTarget(r, c.req.param('token'));
    if (!target) return notFoundResponse();
    const { confirmed } = await confirmSignup(
      withRequestLog(r.deps, { request_id: r.requestId }),
      target.claims,
    );
    const page = signupConfirmPage({
      state: confirmed ? 'done' : 'gone',
      siteName: target.siteName,
      action: target.action,
    });
    return htmlResponse(page.html, page.csp, confirmed ? 200 : 410, pageHeaders);
  });
