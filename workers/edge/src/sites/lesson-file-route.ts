import { coursesService, scopeOfSnapshot } from '@mewayz/core';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { EdgeHono, EdgeRequest } from '../platform/hono-env.ts';
import { edgeRequestOf } from '../platform/hono-env.ts';
import { byteRangeOf } from './byte-range.ts';
import { notFoundResponse } from './html-response.ts';
import { type LiveSite, siteOf } from './live-site.ts';
import { formErrorResponse } from './site-forms.ts';

const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

/**
 * One student's bytes: never in a shared cache (`private`), and a Vary on the cookie that decided.
 * `no-store` as well: access ends with a refund, so a browser keeps nothing it could replay.
 */
const privateFileHeaders = {
  'cache-control': 'private, no-store',
  vary: 'cookie',
  'accept-ranges': 'bytes',
  'x-content-type-options': 'nosniff',
};

function refused(): Response {
  const res = formErrorResponse(
    404,
    'This file is not in your courses',
    'Sign in with the email you enrolled with.',
    '/learn/sign-in',
  );
  res.headers.set('cache-control', 'private, no-store');
  return res;
}

async function visitorEmail(r: EdgeRequest, site: LiveSite, cookie: string | undefined) {
  const student = await coursesService.studentOfSession(r.deps, r.host, cookie);
  return student && student.orgId === site.snapshot.organizationId ? student.email : null;
}

/**
 * `GET /learn/<course>/<lesson>/video` and `…/files/<attachment>` on a site host: a lesson's uploaded
 * video or file from R2, for the course's active students while the lesson is open, and for anyone
 * when it is a free preview. Single byte ranges are answered with 206 (video players seek with
 * them), an unsatisfiable one with 416; every refusal is the same 404, so nothing tells a visitor
 * which lessons have files.
 */
export async function lessonFileRoute(c: Context<EdgeHono>, attachmentId?: string): Promise<Response> {
  const r = edgeRequestOf(c);
  const site = await siteOf(r);
  if (!site) return notFoundResponse();
  const courseSlug = c.req.param('course') ?? '';
  const lessonSlug = c.req.param('lesson') ?? '';
  if (!slugPattern.test(courseSlug) || !slugPattern.test(lessonSlug)) return refused();
  const file = await coursesService.lessonFileFor(scopeOfSnapshot(r.deps, site.snapshot), {
    courseSlug,
    lessonSlug,
    email: await visitorEmail(r, site, getCookie(c, coursesService.studentCookie)),
    now: r.deps.now(),
    attachmentId,
  });
  if (!file || !c.env.MEDIA) return refused();
  const headers: Record<string, string> = { ...privateFileHeaders, 'content-type': file.contentType };
  if (file.downloadName) headers['content-disposition'] = `attachment; filename="${file.downloadName}"`;
  const range = byteRangeOf(r.raw.headers.get('range'), file.size);
  if (range.kind === 'unsatisfiable')
    return new Response(null, {
      status: 416,
      headers: { ...headers, 'content-range': `bytes */${file.size}` },
    });
  const object = await c.env.MEDIA.get(
    file.key,
    range.kind === 'partial' ? { range: { offset: range.offset, length: range.length } } : {},
  );
  if (!object) {
    r.log.error('lesson file missing from storage', { key: file.key });
    return refused();
  }
  headers.etag = object.httpEtag;
  if (range.kind === 'full')
    return new Response(object.body, { headers: { ...headers, 'content-length': String(object.size) } });
  const end = range.offset + range.length - 1;
  return new Response(object.body, {
    status: 206,
    headers: {
      ...headers,
      'content-length': String(range.length),
      'content-range': `bytes ${range.offset}-${end}/${object.size}`,
    },
  });
}
