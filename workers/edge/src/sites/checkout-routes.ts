import { parseMoneyInput, type SiteSnapshot } from '@mewayz/contracts';
import {
  AppError,
  commerceService,
  coursesService,
  isId,
  publicOrigin,
  scopeOfSnapshot,
  withRequestLog,
} from '@mewayz/core';
import { demoDownloads } from '@mewayz/render';
import { Hono } from 'hono';
import { z } from 'zod';
import { type EdgeHono, type EdgeRequest, edgeRequestOf } from '../platform/hono-env.ts';
import { notFoundResponse } from './html-response.ts';
import { formErrorResponse, noticeResponse, readSiteForm } from './site-forms.ts';
import { resolveSite } from './site-resolver.ts';

/**
 * Buying on a site host, without JavaScript: the buy form posts here, the buyer goes to Stripe's
 * checkout (303) and comes back to a success or cancel page; the receipt's download links come back
 * to `/d/<token>`. None of these answers is cached: each is about one buyer.
 */
const buyForm = z.object({
  product: z.string().refine((v) => isId('product', v)),
  variant: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isId('productVariant', v)),
  quantity: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? 1 : Number(v))),
  amount: z.string().max(20).optional(),
  country: z
    .string()
    .max(2)
    .optional()
    .transform((v) => (v ? v : undefined)),
});

async function snapshotOf(r: EdgeRequest): Promise<SiteSnapshot | null> {
  return (await resolveSite(r)).snapshot;
}

function originOf(r: EdgeRequest): string {
  return publicOrigin(r.deps.config, r.host);
}

/** Where a refused buyer goes back to: the page of this site they came from, else its home. */
function backHref(r: EdgeRequest): string {
  const referer = r.raw.headers.get('referer');
  if (!referer) return '/';
  try {
    const from = new URL(referer);
    return from.origin === originOf(r) && from.pathname.length <= 200 ? from.pathname : '/';
  } catch {
    return '/';
  }
}

/** What a refused checkout tells the buyer, by the core's error (never a 5xx for their input). */
function checkoutRefused(err: AppError, back: string): Response {
  const detail = err.details[0];
  switch (err.code) {
    case 'validation_failed':
      return formErrorResponse(422, 'That order could not be placed', detail?.message ?? err.message, back);
    case 'conflict':
      return formErrorResponse(
        409,
        detail?.code === 'out_of_stock' ? 'Sold out' : 'That order could not be placed',
        err.message,
        back,
      );
    case 'not_found':
      return formErrorResponse(404, 'That product is not for sale here', undefined, back);
    case 'payments_not_enabled':
      return formErrorResponse(409, 'This store is not taking payments yet', err.message, back);
    default:
      return formErrorResponse(
        err.status >= 500 ? 503 : err.status,
        'Payments are unavailable right now',
        'Nothing was charged. Please try again in a minute.',
        back,
      );
  }
}

async function startCheckout(r: EdgeRequest): Promise<Response> {
  const snapshot = await snapshotOf(r);
  if (!snapshot) return notFoundResponse();
  const fields = await readSiteForm(r.raw);
  if (fields instanceof Response) return fields;
  const back = backHref(r);
  // A course's Buy form names the course instead of a product (its sales page, /courses/<slug>).
  if (typeof fields.course === 'string' && fields.product === undefined)
    return started(back, () =>
      coursesService.startCourseCheckout(
        withRequestLog(r.deps, { request_id: r.requestId }),
        scopeOfSnapshot(r.deps, snapshot),
        {
          siteId: snapshot.siteId,
          siteOrigin: originOf(r),
          courseId: fields.course as string,
        },
      ),
    );
  const form = buyForm.safeParse(fields);
  if (!form.success) return formErrorResponse(422, 'That order could not be placed', undefined, back);
  const scope = scopeOfSnapshot(r.deps, snapshot);
  let amount: number | undefined;
  if (form.data.amount !== undefined && form.data.amount !== '') {
    // The amount is typed in the product's currency; the core knows which that is.
    const product = await commerceService.getProduct(r.deps, scope, form.data.product).catch((err) => {
      if (err instanceof AppError && err.status === 404) return null;
      throw err;
    });
    if (!product) return formErrorResponse(404, 'That product is not for sale here', undefined, back);
    const parsed = parseMoneyInput(form.data.amount, product.currency);
    if (!parsed.ok) return formErrorResponse(422, 'That amount does not look right', parsed.message, back);
    amount = parsed.amount;
  }
  return started(back, () =>
    commerceService.startCheckout(withRequestLog(r.deps, { request_id: r.requestId }), scope, {
      siteId: snapshot.siteId,
      siteOrigin: originOf(r),
      productId: form.data.product,
      variantId: form.data.variant,
      quantity: form.data.quantity,
      amount,
      country: form.data.country,
    }),
  );
}

/** Send the buyer to the checkout a core call opened, or tell them why it could not open. */
async function started(back: string, open: () => Promise<{ url: string }>): Promise<Response> {
  try {
    const { url } = await open();
    return new Response(null, {
      status: 303,
      headers: { location: url, 'cache-control': 'private, no-store' },
    });
  } catch (err) {
    if (err instanceof AppError) return checkoutRefused(err, back);
    throw err;
  }
}

/** Stripe sends the buyer back here after paying; the order itself is paid by the webhook. */
async function checkoutSuccess(r: EdgeRequest): Promise<Response> {
  const snapshot = await snapshotOf(r);
  if (!snapshot) return notFoundResponse();
  return noticeResponse(200, {
    title: 'Thank you for your order',
    message: [
      'Your payment went through. A receipt is on its way to your email, with your download links if you bought a download.',
      'If it has not arrived in a few minutes, check your spam folder.',
    ],
    links: [{ href: '/', label: `Back to ${snapshot.profile.name}`, primary: true }],
  });
}

async function checkoutCancelled(r: EdgeRequest): Promise<Response> {
  const snapshot = await snapshotOf(r);
  if (!snapshot) return notFoundResponse();
  return noticeResponse(200, {
    title: 'Checkout cancelled',
    message: 'Nothing was charged. You can go back and try again whenever you like.',
    links: [{ href: '/', label: `Back to ${snapshot.profile.name}`, primary: true }],
  });
}

const attachmentName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_') || 'download';

/** `GET /d/<token>`: one download of a bought file, counted against its link's limit. */
async function download(r: EdgeRequest, token: string): Promise<Response> {
  const snapshot = await snapshotOf(r);
  if (!snapshot) return notFoundResponse();
  let file: { fileKey: string; fileName: string };
  try {
    file = await commerceService.redeemDownload(r.deps, scopeOfSnapshot(r.deps, snapshot), token);
  } catch (err) {
    if (err instanceof AppError && err.code === 'gone')
      return noticeResponse(410, {
        title: 'This download link no longer works',
        message: [err.message, 'Write to the seller and they can send you a new one.'],
      });
    if (err instanceof AppError && err.code === 'not_found') return notFoundResponse();
    throw err;
  }
  const headers = {
    'content-disposition': `attachment; filename="${attachmentName(file.fileName)}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  };
  const demo = file.fileKey.startsWith('demo/')
    ? demoDownloads[file.fileKey.slice('demo/'.length)]
    : undefined;
  if (demo) return new Response(demo.body, { headers: { ...headers, 'content-type': demo.contentType } });
  const object = await r.env.MEDIA?.get(file.fileKey);
  if (!object) {
    r.log.error('bought file missing from storage', { key: file.fileKey });
    return noticeResponse(404, {
      title: 'This file is missing',
      message: 'The seller has been told; write to them and they will send it to you.',
    });
  }
  return new Response(object.body, {
    headers: { ...headers, 'content-type': object.httpMetadata?.contentType ?? 'application/octet-stream' },
  });
}

export const checkoutRoutes = new Hono<EdgeHono>()
  .post('/checkout', (c) => startCheckout(edgeRequestOf(c)))
  .get('/checkout/success', (c) => checkoutSuccess(edgeRequestOf(c)))
  .get('/checkout/cancel', (c) => checkoutCancelled(edgeRequestOf(c)))
  .get('/d/:token', (c) => download(edgeRequestOf(c), c.req.param('token')));
