import { allScopes, type Scope } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { auditLog } from '@mewayz/db/schema';
import {
  addMemberWithToken,
  buildAhead,
  createTenant,
  type EdgeHarness,
  paidPaymentIntent,
  startEdge,
  type Tenant,
  uniqueEmail,
  uniqueSlug,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '../../src/api/route-table.ts';
import { buildFixture, call, type Fixture, fixtureIds, tenantFingerprint } from './helpers.ts';

/**
 * The tenant-isolation matrix, built from the route table. Every route needs an entry here:
 * - `id`: the request names tenant A's resources; tenant B's token must get 404 and change nothing.
 * - `collection`: no ids of A in the request; B's token acts on B only — A's ids never appear in the
 *   answer and A is unchanged.
 * `request` builds a request that succeeds for A's own token (checked too, so a 404 for B proves
 * isolation rather than a broken request).
 * `audited` overrides "every write, and nothing else, writes the audit log": a POST that only computes
 * (a segment preview) writes none; a GET that hands out personal data (a contact's export) writes one.
 */
interface Entry {
  kind: 'id' | 'collection';
  request: (f: Fixture) => { path: string; body?: unknown };
  audited?: boolean;
}

const linkBlock = { type: 'link', data: { title: 'New', url: 'https://example.com/new' } };
const range = '&from=2026-01-01&to=2026-01-31';

const matrix: Record<string, Entry> = {
  'me.get': { kind: 'collection', request: () => ({ path: '/me' }) },
  'organization.get': { kind: 'collection', request: () => ({ path: '/organization' }) },
  'organization.update': {
    kind: 'collection',
    request: () => ({ path: '/organization', body: { name: 'Renamed' } }),
  },
  'members.list': { kind: 'collection', request: () => ({ path: '/members' }) },
  'members.update': {
    kind: 'id',
    request: (f) => ({ path: `/members/${f.memberUserId}`, body: { role: 'viewer' } }),
  },
  'members.delete': { kind: 'id', request: (f) => ({ path: `/members/${f.memberUserId}` }) },
  'invitations.list': { kind: 'collection', request: () => ({ path: '/invitations' }) },
  'invitations.create': {
    kind: 'collection',
    request: () => ({ path: '/invitations', body: { email: uniqueEmail(), role: 'viewer' } }),
  },
  'invitations.delete': { kind: 'id', request: (f) => ({ path: `/invitations/${f.invitationId}` }) },
  'sites.list': { kind: 'collection', request: () => ({ path: '/sites' }) },
  'sites.create': {
    kind: 'collection',
    request: () => ({ path: '/sites', body: { slug: uniqueSlug('mx'), name: 'Matrix' } }),
  },
  'sites.get': { kind: 'id', request: (f) => ({ path: `/sites/${f.siteId}` }) },
  'sites.update': { kind: 'id', request: (f) => ({ path: `/sites/${f.siteId}`, body: { name: 'Changed' } }) },
  'sites.delete': { kind: 'id', request: (f) => ({ path: `/sites/${f.siteId}` }) },
  'sites.publish': { kind: 'id', request: (f) => ({ path: `/sites/${f.siteId}/publish` }) },
  'blocks.list': { kind: 'id', request: (f) => ({ path: `/sites/${f.siteId}/blocks` }) },
  'blocks.create': { kind: 'id', request: (f) => ({ path: `/sites/${f.siteId}/blocks`, body: linkBlock }) },
  'blocks.reorder': {
    kind: 'id',
    request: (f) => ({
      path: `/sites/${f.siteId}/blocks/order`,
      body: { blockIds: [...f.blockIds].reverse() },
    }),
  },
  'blocks.update': {
    kind: 'id',
    request: (f) => ({ path: `/sites/${f.siteId}/blocks/${f.blockIds[0]}`, body: { featured: true } }),
  },
  'blocks.delete': { kind: 'id', request: (f) => ({ path: `/sites/${f.siteId}/blocks/${f.blockIds[0]}` }) },
  'pages.list': { kind: 'id', request: (f) => ({ path: `/sites/${f.siteId}/pages` }) },
  'pages.create': {
    kind: 'id',
    request: (f) => ({
      path: `/sites/${f.siteId}/pages`,
      body: { slug: `mx-${Math.random().toString(36).slice(2, 9)}`, title: 'Matrix' },
    }),
  },
  'pages.get': { kind: 'id', request: (f) => ({ path: `/pages/${f.pageId}` }) },
  'pages.update': {
    kind: 'id',
    request: (f) => ({ path: `/pages/${f.pageId}`, body: { title: 'Changed' } }),
  },
  'pages.delete': { kind: 'id', request: (f) => ({ path: `/pages/${f.pageId}` }) },
  'pages.duplicate': { kind: 'id', request: (f) => ({ path: `/pages/${f.pageId}/duplicate` }) },
  'pages.publish': { kind: 'id', request: (f) => ({ path: `/pages/${f.pageId}/publish` }) },
  'posts.list': { kind: 'id', request: (f) => ({ path: `/sites/${f.siteId}/posts` }) },
  'posts.create': {
    kind: 'id',
    request: (f) => ({
      path: `/sites/${f.siteId}/posts`,
      body: { title: 'Matrix post', slug: `mx-${Math.random().toString(36).slice(2, 9)}` },
    }),
  },
  'posts.get': { kind: 'id', request: (f) => ({ path: `/posts/${f.postId}` }) },
  'posts.update': {
    kind: 'id',
    request: (f) => ({ path: `/posts/${f.postId}`, body: { title: 'Changed' } }),
  },
  'posts.delete': { kind: 'id', request: (f) => ({ path: `/posts/${f.postId}` }) },
  'posts.publish': { kind: 'id', request: (f) => ({ path: `/posts/${f.postId}/publish`, body: {} }) },
  'posts.unpublish': { kind: 'id', request: (f) => ({ path: `/posts/${f.postId}/unpublish` }) },
  'sections.list': { kind: 'id', request: (f) => ({ path: `/pages/${f.pageId}/sections` }) },
  'sections.create': {
    kind: 'id',
    request: (f) => ({
      path: `/pages/${f.pageId}/sections`,
      body: { kind: 'stats', data: { items: [{ value: '1', label: 'one' }] } },
    }),
  },
  'sections.reorder': {
    kind: 'id',
    request: (f) => ({
      path: `/pages/${f.pageId}/sections/order`,
      body: { sectionIds: [...f.sectionIds].reverse() },
    }),
  },
  'sections.update': {
    kind: 'id',
    request: (f) => ({ path: `/pages/${f.pageId}/sections/${f.sectionIds[0]}`, body: { variant: 'split' } }),
  },
  'sections.delete': {
    kind: 'id',
    request: (f) => ({ path: `/pages/${f.pageId}/sections/${f.sectionIds[0]}` }),
  },
  'sections.duplicate': {
    kind: 'id',
    request: (f) => ({ path: `/pages/${f.pageId}/sections/${f.sectionIds[0]}/duplicate` }),
  },
  'versions.list': { kind: 'id', request: (f) => ({ path: `/sites/${f.siteId}/versions` }) },
  'versions.rollback': {
    kind: 'id',
    request: (f) => ({ path: `/sites/${f.siteId}/versions/rollback`, body: { version: 1 } }),
  },
  'domains.list': { kind: 'collection', request: () => ({ path: '/domains' }) },
  'domains.create': {
    kind: 'id',
    request: (f) => ({
      path: '/domains',
      body: { siteId: f.siteId, hostname: `mx-${Math.random().toString(36).slice(2, 9)}.example.com` },
    }),
  },
  'domains.get': { kind: 'id', request: (f) => ({ path: `/domains/${f.domainId}` }) },
  'domains.verify': { kind: 'id', request: (f) => ({ path: `/domains/${f.domainId}/verify` }) },
  'domains.delete': { kind: 'id', request: (f) => ({ path: `/domains/${f.domainId}` }) },
  'sending-domains.list': { kind: 'collection', request: () => ({ path: '/sending-domains' }) },
  'sending-domains.create': {
    kind: 'collection',
    request: () => ({
      path: '/sending-domains',
      body: { domain: `mx-${Math.random().toString(36).slice(2, 9)}.example.com` },
    }),
  },
  'sending-domains.get': { kind: 'id', request: (f) => ({ path: `/sending-domains/${f.sendingDomainId}` }) },
  'sending-domains.verify': {
    kind: 'id',
    request: (f) => ({ path: `/sending-domains/${f.sendingDomainId}/verify` }),
  },
  'sending-domains.delete': {
    kind: 'id',
    request: (f) => ({ path: `/sending-domains/${f.sendingDomainId}` }),
  },
  'links.list': { kind: 'collection', request: () => ({ path: '/links' }) },
  'links.create': {
    kind: 'collection',
    request: () => ({ path: '/links', body: { url: 'https://example.com/matrix' } }),
  },
  'links.get': { kind: 'id', request: (f) => ({ path: `/links/${f.linkId}` }) },
  'links.update': {
    kind: 'id',
    request: (f) => ({ path: `/links/${f.linkId}`, body: { url: 'https://example.com/changed' } }),
  },
  'links.delete': { kind: 'id', request: (f) => ({ path: `/links/${f.linkId}` }) },
  'analytics.timeseries': {
    kind: 'id',
    request: (f) => ({ path: `/analytics/timeseries?siteId=${f.siteId}${range}` }),
  },
  'analytics.top-links': {
    kind: 'id',
    request: (f) => ({ path: `/analytics/top-links?siteId=${f.siteId}${range}` }),
  },
  'analytics.breakdown': {
    kind: 'id',
    request: (f) => ({ path: `/analytics/breakdown/country?siteId=${f.siteId}${range}` }),
  },
  'tokens.list': { kind: 'collection', request: () => ({ path: '/tokens' }) },
  'tokens.create': {
    kind: 'collection',
    request: () => ({ path: '/tokens', body: { name: 'matrix', scopes: ['sites:read'] } }),
  },
  'tokens.delete': { kind: 'id', request: (f) => ({ path: `/tokens/${f.tokenId}` }) },
  'webhooks.event-types': { kind: 'collection', request: () => ({ path: '/webhooks/event-types' }) },
  'webhooks.list': { kind: 'collection', request: () => ({ path: '/webhooks' }) },
  'webhooks.create': {
    kind: 'collection',
    request: () => ({
      path: '/webhooks',
      body: { url: 'https://hooks.example.com/matrix', eventTypes: ['site.published'] },
    }),
  },
  'webhooks.get': { kind: 'id', request: (f) => ({ path: `/webhooks/${f.webhookId}` }) },
  'webhooks.update': {
    kind: 'id',
    request: (f) => ({ path: `/webhooks/${f.webhookId}`, body: { eventTypes: ['link.created'] } }),
  },
  'webhooks.delete': { kind: 'id', request: (f) => ({ path: `/webhooks/${f.webhookId}` }) },
  'webhooks.rotate-secret': {
    kind: 'id',
    request: (f) => ({ path: `/webhooks/${f.webhookId}/rotate-secret` }),
  },
  'webhooks.deliveries': { kind: 'id', request: (f) => ({ path: `/webhooks/${f.webhookId}/deliveries` }) },
  'webhooks.redeliver': {
    kind: 'id',
    request: (f) => ({ path: `/webhooks/${f.webhookId}/deliveries/${f.deliveryId}/redeliver` }),
  },
  'products.list': { kind: 'collection', request: () => ({ path: '/products' }) },
  'products.create': {
    kind: 'collection',
    request: () => ({
      path: '/products',
      body: { kind: 'digital', name: 'Matrix zine', currency: 'EUR', price: 500 },
    }),
  },
  'products.get': { kind: 'id', request: (f) => ({ path: `/products/${f.productId}` }) },
  'products.update': {
    kind: 'id',
    request: (f) => ({
      path: `/products/${f.productId}`,
      body: { price: 2900, categoryIds: [f.categoryId] },
    }),
  },
  'products.delete': { kind: 'id', request: (f) => ({ path: `/products/${f.productId}` }) },
  'product-variants.create': {
    kind: 'id',
    request: (f) => ({ path: `/products/${f.productId}/variants`, body: { attributes: { size: 'XL' } } }),
  },
  'product-variants.update': {
    kind: 'id',
    request: (f) => ({ path: `/products/${f.productId}/variants/${f.variantId}`, body: { stock: 7 } }),
  },
  'product-variants.delete': {
    kind: 'id',
    request: (f) => ({ path: `/products/${f.productId}/variants/${f.variantId}` }),
  },
  'product-images.create': {
    kind: 'id',
    request: (f) => ({ path: `/products/${f.productId}/images`, body: { key: 'products/matrix/back.jpg' } }),
  },
  'product-images.delete': {
    kind: 'id',
    request: (f) => ({ path: `/products/${f.productId}/images/${f.imageId}` }),
  },
  'product-images.update': {
    kind: 'id',
    request: (f) => ({
      path: `/products/${f.productId}/images/${f.imageId}`,
      body: { alt: 'Back of the tee' },
    }),
  },
  'product-images.reorder': {
    kind: 'id',
    request: (f) => ({ path: `/products/${f.productId}/images/order`, body: { ids: [f.imageId] } }),
  },
  'categories.list': { kind: 'collection', request: () => ({ path: '/categories' }) },
  'categories.create': {
    kind: 'collection',
    request: () => ({ path: '/categories', body: { name: 'Matrix shelf' } }),
  },
  'categories.update': {
    kind: 'id',
    request: (f) => ({ path: `/categories/${f.categoryId}`, body: { name: 'Renamed shelf' } }),
  },
  'categories.delete': { kind: 'id', request: (f) => ({ path: `/categories/${f.categoryId}` }) },
  'orders.list': { kind: 'collection', request: () => ({ path: '/orders?status=paid' }) },
  'orders.get': { kind: 'id', request: (f) => ({ path: `/orders/${f.orderId}` }) },
  'orders.refund': {
    kind: 'id',
    request: (f) => ({ path: `/orders/${f.orderId}/refunds`, body: { amount: 100 } }),
  },
  'sales.report': { kind: 'id', request: (f) => ({ path: `/sales?siteId=${f.siteId}${range}` }) },
  'orders.fulfil': {
    kind: 'id',
    request: (f) => ({ path: `/orders/${f.orderId}/fulfilment`, body: { trackingNumber: '1Z999' } }),
  },
  // Generations count against the token's organization only (its Redis budget).
  'ai.generations.create': {
    kind: 'collection',
    request: () => ({ path: '/ai/generations', body: { task: 'bio', brief: 'Matrix pottery studio' } }),
  },
  'ai.usage.get': { kind: 'collection', request: () => ({ path: '/ai/usage' }) },
  'contacts.list': { kind: 'collection', request: () => ({ path: '/contacts?tag=fixture&per_page=5' }) },
  'contacts.create': {
    kind: 'collection',
    request: () => ({ path: '/contacts', body: { email: uniqueEmail('mx'), tags: ['matrix'] } }),
  },
  'contacts.upsert': {
    kind: 'collection',
    request: () => ({ path: '/contacts', body: { email: uniqueEmail('mx'), name: 'Upserted' } }),
  },
  'contacts.get': { kind: 'id', request: (f) => ({ path: `/contacts/${f.contactId}` }) },
  'contacts.update': {
    kind: 'id',
    request: (f) => ({ path: `/contacts/${f.contactId}`, body: { company: 'Matrix Inc' } }),
  },
  'contacts.delete': { kind: 'id', request: (f) => ({ path: `/contacts/${f.contactId}` }) },
  'contacts.export': {
    kind: 'id',
    audited: true,
    request: (f) => ({ path: `/contacts/${f.contactId}/export` }),
  },
  'contacts.timeline': { kind: 'id', request: (f) => ({ path: `/contacts/${f.contactId}/timeline` }) },
  'contacts.notes': {
    kind: 'id',
    request: (f) => ({ path: `/contacts/${f.contactId}/notes`, body: { body: 'Matrix note' } }),
  },
  'contacts.tags-add': {
    kind: 'id',
    request: (f) => ({ path: `/contacts/${f.contactId}/tags`, body: { tags: ['matrix'] } }),
  },
  'contacts.tags-remove': { kind: 'id', request: (f) => ({ path: `/contacts/${f.contactId}/tags/fixture` }) },
  'contact-imports.create': {
    kind: 'collection',
    request: () => ({ path: '/contacts/imports', body: { csv: 'email\nmatrix@example.test\n' } }),
  },
  'contact-imports.get': { kind: 'id', request: (f) => ({ path: `/contacts/imports/${f.contactImportId}` }) },
  'contact-imports.errors': {
    kind: 'id',
    request: (f) => ({ path: `/contacts/imports/${f.contactImportId}/errors` }),
  },
  'contact-fields.list': { kind: 'collection', request: () => ({ path: '/contact-fields' }) },
  'contact-fields.create': {
    kind: 'collection',
    request: () => ({
      path: '/contact-fields',
      body: { key: `mx_${Math.random().toString(36).slice(2, 10)}`, label: 'Matrix', type: 'number' },
    }),
  },
  'contact-fields.update': {
    kind: 'id',
    request: (f) => ({ path: `/contact-fields/${f.contactFieldId}`, body: { label: 'Renamed' } }),
  },
  'contact-fields.delete': { kind: 'id', request: (f) => ({ path: `/contact-fields/${f.contactFieldId}` }) },
  'segments.list': { kind: 'collection', request: () => ({ path: '/segments' }) },
  'segments.create': {
    kind: 'collection',
    request: () => ({
      path: '/segments',
      body: { name: 'Matrix', filter: { conditions: [{ type: 'tag', op: 'has', tag: 'fixture' }] } },
    }),
  },
  'segments.preview': {
    kind: 'collection',
    audited: false,
    request: () => ({
      path: '/segments/preview',
      body: { conditions: [{ type: 'tag', op: 'has', tag: 'fixture' }] },
    }),
  },
  'segments.get': { kind: 'id', request: (f) => ({ path: `/segments/${f.segmentId}` }) },
  'segments.update': {
    kind: 'id',
    request: (f) => ({ path: `/segments/${f.segmentId}`, body: { name: 'Renamed' } }),
  },
  'segments.delete': { kind: 'id', request: (f) => ({ path: `/segments/${f.segmentId}` }) },
  'segments.count': { kind: 'id', request: (f) => ({ path: `/segments/${f.segmentId}/count` }) },
  'segments.members': { kind: 'id', request: (f) => ({ path: `/segments/${f.segmentId}/contacts` }) },
  'courses.list': { kind: 'collection', request: () => ({ path: '/courses' }) },
  'courses.create': {
    kind: 'collection',
    request: () => ({ path: '/courses', body: { title: 'Matrix course' } }),
  },
  'courses.get': { kind: 'id', request: (f) => ({ path: `/courses/${f.courseId}` }) },
  'courses.update': {
    kind: 'id',
    request: (f) => ({ path: `/courses/${f.courseId}`, body: { title: 'Renamed' } }),
  },
  'courses.delete': { kind: 'id', request: (f) => ({ path: `/courses/${f.courseId}` }) },
  'course-modules.create': {
    kind: 'id',
    request: (f) => ({ path: `/courses/${f.courseId}/modules`, body: { title: 'Matrix module' } }),
  },
  'course-modules.update': {
    kind: 'id',
    request: (f) => ({
      path: `/courses/${f.courseId}/modules/${f.moduleIds[0]}`,
      body: { title: 'Renamed' },
    }),
  },
  'course-modules.delete': {
    kind: 'id',
    request: (f) => ({ path: `/courses/${f.courseId}/modules/${f.moduleIds[0]}` }),
  },
  'course-modules.reorder': {
    kind: 'id',
    request: (f) => ({
      path: `/courses/${f.courseId}/modules/order`,
      body: { moduleIds: [...f.moduleIds].reverse() },
    }),
  },
  'course-lessons.create': {
    kind: 'id',
    request: (f) => ({
      path: `/courses/${f.courseId}/lessons`,
      body: { moduleId: f.moduleIds[0], title: 'Matrix lesson' },
    }),
  },
  'course-lessons.update': {
    kind: 'id',
    request: (f) => ({
      path: `/courses/${f.courseId}/lessons/${f.lessonIds[0]}`,
      body: { freePreview: true },
    }),
  },
  'course-lessons.delete': {
    kind: 'id',
    request: (f) => ({ path: `/courses/${f.courseId}/lessons/${f.lessonIds[0]}` }),
  },
  'course-lessons.reorder': {
    kind: 'id',
    request: (f) => ({
      path: `/courses/${f.courseId}/modules/${f.moduleIds[0]}/lessons/order`,
      body: { lessonIds: [f.lessonIds[0]] },
    }),
  },
  'enrollments.list': { kind: 'collection', request: () => ({ path: '/enrollments' }) },
  'enrollments.create': {
    kind: 'id',
    request: (f) => ({ path: '/enrollments', body: { courseId: f.courseId, email: uniqueEmail('mx') } }),
  },
  'enrollments.revoke': { kind: 'id', request: (f) => ({ path: `/enrollments/${f.enrollmentId}/revoke` }) },
  'services.list': { kind: 'collection', request: () => ({ path: '/services' }) },
  'services.create': {
    kind: 'collection',
    request: () => ({
      path: '/services',
      body: {
        slug: `mx-${Math.random().toString(36).slice(2, 9)}`,
        name: 'Matrix call',
        durationMinutes: 30,
        locationKind: 'phone',
      },
    }),
  },
  'services.get': { kind: 'id', request: (f) => ({ path: `/services/${f.serviceId}` }) },
  'services.update': {
    kind: 'id',
    request: (f) => ({ path: `/services/${f.serviceId}`, body: { name: 'Renamed call' } }),
  },
  'services.delete': { kind: 'id', request: (f) => ({ path: `/services/${f.serviceId}` }) },
  'services.slots': {
    kind: 'id',
    request: (f) => ({
      path: `/services/${f.serviceId}/slots?from=${f.freeSlot.slice(0, 10)}&to=${f.freeSlot.slice(0, 10)}`,
    }),
  },
  'availability.get': { kind: 'collection', request: () => ({ path: '/availability' }) },
  'availability.update': {
    kind: 'collection',
    request: () => ({
      path: '/availability',
      body: {
        timeZone: 'UTC',
        weekly: Array.from({ length: 7 }, () => [{ start: 0, end: 1440 }]),
        overrides: [{ date: '2030-01-01', windows: [] }],
      },
    }),
  },
  'bookings.list': {
    kind: 'collection',
    request: (f) => ({ path: `/bookings?from=${f.freeSlot.slice(0, 10)}&to=${f.freeSlot.slice(0, 10)}` }),
  },
  'bookings.get': { kind: 'id', request: (f) => ({ path: `/bookings/${f.bookingId}` }) },
  'bookings.cancel': { kind: 'id', request: (f) => ({ path: `/bookings/${f.bookingId}/cancel`, body: {} }) },
  'calendar-feed.rotate': { kind: 'collection', request: () => ({ path: '/calendar-feed' }) },
  'bookings.reschedule': {
    kind: 'id',
    request: (f) => ({ path: `/bookings/${f.bookingId}/reschedule`, body: { startsAt: f.freeSlot } }),
  },
  'templates.list': { kind: 'collection', request: () => ({ path: '/templates' }) },
  'templates.create': {
    kind: 'collection',
    request: () => ({
      path: '/templates',
      body: {
        name: 'Matrix',
        subject: 'Hi',
        mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>',
      },
    }),
  },
  'templates.preview': {
    kind: 'collection',
    audited: false,
    request: () => ({
      path: '/templates/preview',
      body: {
        mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>',
      },
    }),
  },
  'templates.get': { kind: 'id', request: (f) => ({ path: `/templates/${f.templateId}` }) },
  'templates.update': {
    kind: 'id',
    request: (f) => ({ path: `/templates/${f.templateId}`, body: { name: 'Renamed' } }),
  },
  // The spare template: the fixture's campaigns keep theirs (409 `template_in_use`).
  'templates.delete': { kind: 'id', request: (f) => ({ path: `/templates/${f.spareTemplateId}` }) },
  'templates.test': {
    kind: 'id',
    request: (f) => ({ path: `/templates/${f.templateId}/test`, body: { to: 'matrix-test@example.test' } }),
  },
  'social.accounts.list': { kind: 'collection', request: () => ({ path: '/social/accounts' }) },
  'social.accounts.disconnect': {
    kind: 'id',
    request: (f) => ({ path: `/social/accounts/${f.socialAccountId}` }),
  },
  'social.accounts.insights': {
    kind: 'id',
    request: (f) => ({ path: `/social/accounts/${f.socialAccountId}/insights?days=7&tz=Europe/Berlin` }),
  },
  'social.insights.best-times': {
    kind: 'collection',
    request: () => ({ path: '/social/insights/best-times?tz=America/New_York' }),
  },
  'social.posts.list': { kind: 'collection', request: () => ({ path: '/social/posts' }) },
  'social.posts.create': {
    kind: 'id',
    request: (f) => ({
      path: '/social/posts',
      body: { text: 'Matrix post', accountIds: [f.socialAccountId] },
    }),
  },
  'social.posts.get': { kind: 'id', request: (f) => ({ path: `/social/posts/${f.socialPostId}` }) },
  'social.posts.schedule': {
    kind: 'id',
    request: (f) => ({
      path: `/social/posts/${f.socialPostId}/schedule`,
      body: { scheduledAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    }),
  },
  'social.posts.cancel': { kind: 'id', request: (f) => ({ path: `/social/posts/${f.socialPostId}/cancel` }) },
  'social.posts.confirm': {
    kind: 'id',
    request: (f) => ({
      path: `/social/posts/${f.unconfirmedSocialPostId}/targets/${f.unconfirmedSocialTargetId}/confirm`,
      body: { posted: true, url: 'https://x.com/fixture/status/1' },
    }),
  },
  'campaigns.list': { kind: 'collection', request: () => ({ path: '/campaigns' }) },
  'campaigns.audience-count': {
    kind: 'collection',
    audited: false,
    request: () => ({ path: '/campaigns/audience-count', body: { type: 'tags', tags: ['fixture'] } }),
  },
  'campaigns.create': {
    kind: 'id',
    request: (f) => ({
      path: '/campaigns',
      body: {
        name: 'Matrix',
        templateId: f.templateId,
        audience: { type: 'segment', segmentId: f.segmentId },
        subject: 'Hi',
        fromName: 'Matrix',
      },
    }),
  },
  'campaigns.get': { kind: 'id', request: (f) => ({ path: `/campaigns/${f.campaignId}` }) },
  'campaigns.update': {
    kind: 'id',
    request: (f) => ({ path: `/campaigns/${f.campaignId}`, body: { name: 'Renamed' } }),
  },
  'campaigns.delete': { kind: 'id', request: (f) => ({ path: `/campaigns/${f.campaignId}` }) },
  'campaigns.schedule': {
    kind: 'id',
    request: (f) => ({
      path: `/campaigns/${f.campaignId}/schedule`,
      body: { at: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    }),
  },
  'campaigns.send': { kind: 'id', request: (f) => ({ path: `/campaigns/${f.campaignId}/send` }) },
  'campaigns.pause': { kind: 'id', request: (f) => ({ path: `/campaigns/${f.scheduledCampaignId}/pause` }) },
  'campaigns.resume': { kind: 'id', request: (f) => ({ path: `/campaigns/${f.pausedCampaignId}/resume` }) },
  'campaigns.cancel': { kind: 'id', request: (f) => ({ path: `/campaigns/${f.campaignId}/cancel` }) },
  'campaigns.stats': { kind: 'id', request: (f) => ({ path: `/campaigns/${f.campaignId}/stats` }) },
  'sequences.list': { kind: 'collection', request: () => ({ path: '/sequences' }) },
  'sequences.get': { kind: 'id', request: (f) => ({ path: `/sequences/${f.sequenceId}` }) },
  'sequences.members': { kind: 'id', request: (f) => ({ path: `/sequences/${f.sequenceId}/members` }) },
  'sequences.update': {
    kind: 'id',
    request: (f) => ({ path: `/sequences/${f.sequenceId}`, body: { name: 'Renamed' } }),
  },
  'sequences.steps': {
    kind: 'id',
    request: (f) => ({
      path: `/sequences/${f.sequenceId}/steps`,
      body: {
        steps: [{ id: f.sequenceStepId, templateId: f.templateId, delayValue: 2, delayUnit: 'hours' }],
      },
    }),
  },
  'sequences.activate': { kind: 'id', request: (f) => ({ path: `/sequences/${f.sequenceId}/activate` }) },
  'sequences.deactivate': { kind: 'id', request: (f) => ({ path: `/sequences/${f.sequenceId}/deactivate` }) },
  'email-settings.get': { kind: 'collection', request: () => ({ path: '/email-settings' }) },
  'email-settings.update': {
    kind: 'collection',
    request: () => ({ path: '/email-settings', body: { postalAddress: '2 Matrix Road, Springfield' } }),
  },
};

let edge: EdgeHarness;
let a: Tenant;
let b: Tenant;
/** Tenant A's resources for the refusals; every refusal asserts it changed nothing, so one set serves all. */
let shared: Fixture;
/**
 * A's tokens for the refusals, made before A's fingerprint is taken: one per scope holding every
 * scope but that one (for the 403s), and a viewer's holding them all.
 */
const lacking = new Map<Scope, string>();
let viewerToken: string;
/** A's fingerprint once its refusal tokens exist: no refusal may change it. */
let baseline: string;
/**
 * The successes run in organizations of their own, each with a fixture built ahead of its test (a
 * few at a time, while the refusals run): every write gets a fresh one, the reads share one. Tenant A
 * then stays one fixture big, and its fingerprints stay cheap.
 */
let successes: { take(key: string): Promise<{ tenant: Tenant; fixture: Fixture }> };
const successKey = (def: (typeof routeTable)[number]) =>
  def.route.method.toUpperCase() === 'GET' ? 'reads' : def.name;

beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_IP: '100000', API_RATE_LIMIT_PER_TOKEN: '100000' },
    stripe: true,
    openai: true,
  });
  [a, b] = await Promise.all([createTenant(edge.deps, 'Tenant A'), createTenant(edge.deps, 'Tenant B')]);
  shared = await fixtureOf(a);
  const scoped = [...new Set(routeTable.map((r) => r.access.scope).filter((s): s is Scope => s !== null))];
  for (const scope of scoped) {
    const scopes = allScopes.filter((s) => s !== scope) as Scope[];
    lacking.set(scope, (await addMemberWithToken(edge.deps, a, 'super_admin', { scopes })).token);
  }
  viewerToken = (await addMemberWithToken(edge.deps, a, 'viewer', { forceScopes: allScopes })).token;
  baseline = await tenantFingerprint(edge.deps, a.scope);
  successes = buildAhead([...new Set(routeTable.map(successKey))], async (key) => {
    const tenant = await createTenant(edge.deps, `Tenant C ${key}`);
    return { tenant, fixture: await fixtureOf(tenant) };
  });
  // Two Workers, a Stripe and an OpenAI stand-in and a full fixture: slow on a loaded two-core machine.
}, 240_000);
afterAll(() => edge?.dispose());

/** A fixture whose paid order has a real payment in the Stripe stand-in (refunds go through). */
function fixtureOf(tenant: Tenant): Promise<Fixture> {
  return buildFixture(edge.deps, tenant, {
    paymentIntent: (amount, currency) => paidPaymentIntent(edge.stripe!, amount, currency),
  });
}

/** Fails when tenant A differs from what it was before the first refusal. */
async function expectAUnchanged() {
  expect(await tenantFingerprint(edge.deps, a.scope)).toBe(baseline);
}

function entryOf(name: string): Entry {
  const entry = matrix[name];
  if (!entry) throw new Error(`route ${name} has no entry in the isolation matrix`);
  return entry;
}

async function auditCount(tenant: Tenant) {
  return (
    await dbOf(edge.deps)
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(eq(auditLog.organizationId, tenant.scope.orgId))
  ).length;
}

describe('the matrix covers the route table', () => {
  it('has exactly one entry per route', () => {
    expect(Object.keys(matrix).sort()).toEqual(routeTable.map((r) => r.name).sort());
    expect(new Set(routeTable.map((r) => r.name)).size).toBe(routeTable.length);
  });

  it('only /me and /organization need no scope', () => {
    expect(
      routeTable
        .filter((r) => r.access.scope === null)
        .map((r) => r.name)
        .sort(),
    ).toEqual(['me.get', 'organization.get']);
  });

  it('serves exactly the table’s routes in the OpenAPI document', async () => {
    const doc = (await call(edge, 'GET', '/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(documented.sort()).toEqual(
      routeTable.map((r) => `${r.route.method.toUpperCase()} ${r.route.path}`).sort(),
    );
  });
});

describe.each(routeTable.map((r) => [r.name, r] as const))('%s', (name, def) => {
  const method = def.route.method.toUpperCase();
  const isWrite = method !== 'GET';

  it('answers 401 without a token (or with a bogus one) and changes nothing', async () => {
    const req = entryOf(name).request(shared);
    for (const token of [undefined, 'mwz_0000000000000000000000000000000000000000', 'garbage']) {
      const res = await call(edge, method, req.path, { token, body: req.body });
      expect(res.status).toBe(401);
      expect(res.body.success).toBe(false);
      expect(['unauthorized', 'invalid_token']).toContain(res.body.error.code);
    }
    await expectAUnchanged();
  });

  // Routes without a scope (checked above to be only /me and /organization) get no 403 case.
  if (def.access.scope !== null)
    it('answers 403 to a token without the scope', async () => {
      const req = entryOf(name).request(shared);
      const token = lacking.get(def.access.scope as Scope);
      const res = await call(edge, method, req.path, { token, body: req.body });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      await expectAUnchanged();
    });

  if (isWrite)
    it('refuses a viewer, even with a token holding every scope', async () => {
      const req = entryOf(name).request(shared);
      const res = await call(edge, method, req.path, { token: viewerToken, body: req.body });
      expect(res.status).toBe(403);
      await expectAUnchanged();
    });

  it('gives another organization’s token nothing of this one', async () => {
    const f = shared;
    const entry = entryOf(name);
    const req = entry.request(f);
    const res = await call(edge, method, req.path, { token: b.token, body: req.body });
    if (entry.kind === 'id') {
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ success: false, error: { code: 'not_found' } });
    } else {
      expect(res.status, res.text).toBeLessThan(300);
      expect(res.text).not.toContain(a.scope.orgId);
      for (const id of fixtureIds(f)) expect(res.text).not.toContain(id);
    }
    await expectAUnchanged();
  });

  if (entryOf(name).kind === 'id')
    it('answers 404 to its own token for a non-canonical id (upper case, trailing space)', async () => {
      const f = shared;
      const req = entryOf(name).request(f);
      const ids = fixtureIds(f).filter(
        (id) => req.path.includes(id) || JSON.stringify(req.body ?? '').includes(id),
      );
      expect(ids.length).toBeGreaterThan(0);
      for (const [inPath, inBody] of [
        [(id: string) => id.toUpperCase(), (id: string) => id.toUpperCase()],
        [(id: string) => `${id}%20`, (id: string) => `${id} `],
      ] as const) {
        let path = req.path;
        let body = req.body === undefined ? undefined : JSON.stringify(req.body);
        for (const id of ids) {
          path = path.split(id).join(inPath(id));
          body = body?.split(`"${id}"`).join(`"${inBody(id)}"`);
        }
        const res = await call(edge, method, path, { token: a.token, body });
        expect(res.status, `${path} ${body ?? ''} ${res.text}`).toBe(404);
        expect(res.body).toMatchObject({ success: false, error: { code: 'not_found' } });
      }
      await expectAUnchanged();
    });

  if (method === 'PATCH')
    it('refuses an update that changes nothing with 422, not a 500', async () => {
      const req = entryOf(name).request(shared);
      const res = await call(edge, method, req.path, { token: a.token, body: {} });
      expect(res.status, res.text).toBe(422);
      expect(res.body).toMatchObject({ success: false, error: { code: 'validation_failed' } });
      // Partial updates say so; the member update's one field is simply required.
      expect(res.body.error.details.map((d: { message: string }) => d.message)).toEqual([
        name === 'members.update' ? 'Choose a role' : 'Change at least one field',
      ]);
      await expectAUnchanged();
    });

  const audited = entryOf(name).audited ?? isWrite;
  it(`works for the organization’s own token${audited ? ' and writes the audit log' : ''}`, async () => {
    // Success here shows the 404 above is isolation, not a bad request.
    const { tenant: c, fixture: f } = await successes.take(successKey(def));
    const req = entryOf(name).request(f);
    const auditBefore = await auditCount(c);
    const res = await call(edge, method, req.path, { token: c.token, body: req.body });
    expect(res.status, res.text).toBeGreaterThanOrEqual(200);
    expect(res.status, res.text).toBeLessThan(300);
    expect(res.body.success).toBe(true);
    const written = await dbOf(edge.deps)
      .select({ action: auditLog.action, tokenId: auditLog.actorTokenId, requestId: auditLog.requestId })
      .from(auditLog)
      .where(eq(auditLog.organizationId, c.scope.orgId));
    if (audited) {
      expect(written.length).toBeGreaterThan(auditBefore);
      expect(written.some((w) => w.tokenId === c.tokenId && w.requestId === res.body.meta.request_id)).toBe(
        true,
      );
    } else {
      expect(written.length).toBe(auditBefore);
    }
  });
});
