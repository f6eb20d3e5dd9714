import { z } from '@hono/zod-openapi';

/** Prefixes of every kind of id the platform mints; the prefix says what an id points at. */
export const idPrefixes = {
  user: 'usr',
  organization: 'org',
  site: 'site',
  block: 'blk',
  domain: 'dom',
  shortLink: 'lnk',
  token: 'tok',
  invitation: 'inv',
  audit: 'aud',
  email: 'eml',
  contact: 'con',
  event: 'evt',
  request: 'req',
  recoveryCode: 'rcv',
  userToken: 'utk',
  batch: 'bat',
  webhookEndpoint: 'whk',
  webhookMessage: 'msg',
  webhookDelivery: 'dlv',
  product: 'prod',
  productVariant: 'var',
  productCategory: 'cat',
  productImage: 'pimg',
  order: 'ord',
  orderItem: 'oitm',
  orderEvent: 'oevt',
  downloadGrant: 'dlg',
  page: 'pg',
  section: 'sec',
  siteVersion: 'ver',
  contactMessage: 'cmsg',
  contactField: 'cfld',
  contactInteraction: 'cint',
  segment: 'seg',
  course: 'crs',
  courseModule: 'cmod',
  courseLesson: 'les',
  lessonAttachment: 'latt',
  enrollment: 'enr',
  certificate: 'cert',
  bookingService: 'bsvc',
  booking: 'bkg',
  availabilityRule: 'avr',
  availabilityOverride: 'avo',
  bookingReminder: 'brem',
  emailTemplate: 'etpl',
  campaign: 'cmp',
  emailEvent: 'eevt',
  sendingDomain: 'sdom',
  contactImport: 'cimp',
  sequence: 'sqn',
  sequenceStep: 'sstp',
  sequenceEnrollment: 'senr',
  post: 'post',
  socialAccount: 'sacc',
  socialPost: 'spst',
  socialTarget: 'stgt',
} as const;
export type IdKind = keyof typeof idPrefixes;

/** Lower-case Crockford base32, as ids are minted (`newId`): 26 characters of a ULID. */
const ulidBody = '[0-9a-hjkmnp-tv-z]{26}';
const patterns = new Map<IdKind, RegExp>();

function patternOf(kind: IdKind): RegExp {
  let re = patterns.get(kind);
  if (!re) {
    re = new RegExp(`^${idPrefixes[kind]}_${ulidBody}$`);
    patterns.set(kind, re);
  }
  return re;
}

/**
 * Whether `value` is an id of `kind` exactly as minted. MySQL's default collation compares
 * case-insensitively and ignores trailing spaces, so `SITE_01…` or `site_01… ` would find the same row:
 * only canonical ids may reach a query, and among canonical ids equality is exact.
 */
export function isCanonicalId(kind: IdKind, value: unknown): value is string {
  return typeof value === 'string' && patternOf(kind).test(value);
}

/** What a malformed id answers: the issue carries the resource, so transports answer 404 like a missing row. */
export const MALFORMED_ID = 'malformed_id';

const resourceNames: Record<IdKind, string> = {
  user: 'User',
  organization: 'Organization',
  site: 'Site',
  block: 'Block',
  domain: 'Domain',
  shortLink: 'Link',
  token: 'Token',
  invitation: 'Invitation',
  audit: 'Audit entry',
  email: 'Email',
  contact: 'Contact',
  event: 'Event',
  request: 'Request',
  recoveryCode: 'Recovery code',
  userToken: 'Token',
  batch: 'Batch',
  webhookEndpoint: 'Webhook endpoint',
  webhookMessage: 'Webhook message',
  webhookDelivery: 'Webhook delivery',
  product: 'Product',
  productVariant: 'Variant',
  productCategory: 'Category',
  productImage: 'Image',
  order: 'Order',
  orderItem: 'Order item',
  orderEvent: 'Order event',
  downloadGrant: 'Download',
  page: 'Page',
  section: 'Section',
  siteVersion: 'Version',
  contactMessage: 'Message',
  contactField: 'Contact field',
  contactInteraction: 'Timeline entry',
  segment: 'Segment',
  course: 'Course',
  courseModule: 'Module',
  courseLesson: 'Lesson',
  lessonAttachment: 'Attachment',
  enrollment: 'Enrollment',
  certificate: 'Certificate',
  bookingService: 'Service',
  booking: 'Booking',
  availabilityRule: 'Availability',
  availabilityOverride: 'Date override',
  bookingReminder: 'Reminder',
  emailTemplate: 'Template',
  campaign: 'Campaign',
  emailEvent: 'Email event',
  sendingDomain: 'Sending domain',
  contactImport: 'Import',
  sequence: 'Sequence',
  sequenceStep: 'Sequence step',
  sequenceEnrollment: 'Sequence enrollment',
  post: 'Post',
  socialAccount: 'Social account',
  socialPost: 'Social post',
  socialTarget: 'Social post target',
};

export function resourceNameOf(kind: IdKind): string {
  return resourceNames[kind];
}

/**
 * An id of one or more kinds (path parameters, ids in bodies and queries). A malformed value fails
 * with a custom issue `params: { reason: 'malformed_id', resource }` so the API can answer 404.
 */
export function idSchema(...kinds: [IdKind, ...IdKind[]]) {
  const example = `${idPrefixes[kinds[0]]}_01jd3v6w0m8x9y2z3a4b5c6d7e`;
  return z
    .string({ error: `Enter a ${resourceNames[kinds[0]].toLowerCase()} id` })
    .check((ctx) => {
      if (kinds.some((k) => isCanonicalId(k, ctx.value))) return;
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `No such ${resourceNames[kinds[0]].toLowerCase()}`,
        params: { reason: MALFORMED_ID, resource: resourceNames[kinds[0]] },
      });
    })
    .openapi({
      type: 'string',
      pattern:
        kinds.length === 1
          ? patternOf(kinds[0]).source
          : `^(${kinds.map((k) => idPrefixes[k]).join('|')})_${ulidBody}$`,
      minLength: Math.min(...kinds.map((k) => idPrefixes[k].length + 27)),
      maxLength: Math.max(...kinds.map((k) => idPrefixes[k].length + 27)),
      example,
    });
}

/**
 * When every issue of a failed parse is a malformed id, the resource it names (`Site`, …): transports
 * answer 404 for it, as for a row that does not exist. Null when any other problem is among them.
 */
export function malformedIdResource(
  issues: readonly { code?: string; params?: Record<string, unknown> }[],
): string | null {
  if (issues.length === 0) return null;
  let resource: string | null = null;
  for (const issue of issues) {
    if (issue.code !== 'custom' || issue.params?.reason !== MALFORMED_ID) return null;
    resource ??= String(issue.params.resource);
  }
  return resource;
}
