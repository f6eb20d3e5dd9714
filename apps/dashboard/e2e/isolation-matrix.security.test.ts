import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { createSession, linksService, sha256Hex, sitesService } from '@mewayz/core';
import {
  addMemberWithToken,
  buildAhead,
  buildFixture,
  createTenant,
  type DashboardStack,
  type Fixture,
  fixtureIds,
  paidPaymentIntent,
  repoRoot,
  startDashboardStack,
  type Tenant,
  tenantFingerprint,
  uniqueEmail,
  uniqueSlug,
} from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The tenant-isolation matrix over the dashboard's actions and loaders (issue #16), against the real
 * dashboard Worker under wrangler dev, driven with plain HTTP (a session made through core, the
 * CSRF token derived from it as the dashboard does).
 *
 * Every action of every route module and every `_intent` it handles needs an entry below; the first
 * tests scan the route sources and fail on one the matrix does not list. Kinds:
 * - `id`: the request names tenant A's resources; B's owner must be refused (403/404 or a form error,
 *   never a 2xx or a redirect, never a 5xx) and A must be unchanged. A's owner succeeds on the same
 *   request (so the refusal proves isolation rather than a broken request).
 * - `collection`: the request names none of A's ids; B's owner acts on B only: A unchanged.
 * - `self`: the signed-in user's own account (or no account); A unchanged, never a 5xx.
 * A's viewer is refused every write intent of the workspace routes (403 or a form error), A unchanged.
 */

const routesDir = join(repoRoot, 'apps/dashboard/app/routes');

type Kind = 'id' | 'collection' | 'self';
type Fields = Record<string, string | string[]>;
interface ActionCase {
  kind: Kind;
  path: (f: Fixture) => string;
  fields?: (f: Fixture) => Fields;
  /** Files sent with the fields (the form is then multipart, as the browser sends it). */
  files?: () => Record<string, { name: string; type: string; bytes: Buffer }[]>;
  /** B's refusal may be a 200 page that says why (the invitation page answers so); this text must show. */
  refusalText?: string;
  /** A's own request is not expected to succeed (it is B's or nobody's to make). */
  noControl?: true;
  /** A viewer may do this (their own membership, their own account). */
  viewerMay?: true;
  /** A's own request succeeds without changing a row (picking a workspace is a cookie). */
  changesNothing?: true;
}

const unique = () => Math.random().toString(36).slice(2, 10);
const linkBlock = (title: string): Fields => ({
  type: 'link',
  'data.title': title,
  'data.url': 'https://example.com/matrix',
  active: 'on',
});

/** A template form as the editor posts it. */
const matrixTemplate: Fields = {
  name: 'Matrix template',
  subject: 'Matrix {{ first_name }}',
  previewText: '',
  mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Matrix</mj-text></mj-column></mj-section></mj-body></mjml>',
};

/** A week ahead as a `datetime-local` value in UTC (the matrix sends `timeZone: UTC`). */
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 16);

/** The bookings service form as the dashboard posts it. */
const serviceForm = (name: string): Fields => ({
  name,
  slug: `mx-${unique()}`,
  durationMinutes: '30',
  price: '25',
  currency: 'USD',
  maxDaysAhead: '30',
  cancelNoticeHours: '24',
  locationKind: 'video',
  active: 'on',
});

/**
 * route module → `_intent` ('' for an action without intents) → case. Within a route, A's own
 * requests run in this order on one fresh fixture, so removals come last.
 */
const actions: Record<string, Record<string, ActionCase>> = {
  '_app.sites._index.tsx': {
    '': {
      kind: 'collection',
      path: () => '/sites',
      fields: () => ({ slug: uniqueSlug('mx'), name: 'Matrix site' }),
    },
  },
  '_app.sites.$siteId.tsx': {
    profile: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}`,
      fields: () => ({ name: 'Renamed by matrix', bio: 'changed' }),
    },
    theme: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}`,
      fields: () => ({ preset: 'midnight', buttonShape: 'pill', font: 'system-sans', colorScheme: 'dark' }),
    },
    seo: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}`,
      fields: () => ({ 'seo.title': 'Matrix title', 'settings.passQuery': 'on' }),
    },
    reorder: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}`,
      fields: (f) => ({ blockIds: [...f.blockIds].reverse().join(',') }),
    },
    move: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}`,
      fields: (f) => ({ blockId: f.blockIds[0]!, dir: 'down' }),
    },
    updateBlock: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}`,
      fields: (f) => ({ blockId: f.blockIds[0]!, ...linkBlock('Changed by matrix') }),
    },
    publish: { kind: 'id', path: (f) => `/sites/${f.siteId}` },
    addBlock: { kind: 'id', path: (f) => `/sites/${f.siteId}`, fields: () => linkBlock('Added by matrix') },
    deleteBlock: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}`,
      fields: (f) => ({ blockId: f.blockIds[1]! }),
    },
  },
  '_app.sites.$siteId_.pages.tsx': {
    create: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/pages`,
      fields: () => ({ title: 'Matrix page', slug: `mx-${unique()}`, nav: 'header' }),
    },
    publish: { kind: 'id', path: (f) => `/sites/${f.siteId}/pages` },
    rollback: { kind: 'id', path: (f) => `/sites/${f.siteId}/pages`, fields: () => ({ version: '1' }) },
  },
  '_app.sites.$siteId_.blog.tsx': {
    create: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/blog`,
      fields: () => ({ title: 'Matrix post', slug: `mx-${unique()}` }),
    },
    menu: { kind: 'id', path: (f) => `/sites/${f.siteId}/blog`, fields: () => ({ blogNav: 'footer' }) },
  },
  '_app.sites.$siteId_.blog_.$postId.tsx': {
    save: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/blog/${f.postId}`,
      fields: () => ({ title: 'Saved by matrix', slug: `mx-${unique()}`, body: 'Matrix text', tags: 'mx' }),
    },
    publish: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/blog/${f.postId}`,
      fields: () => ({ title: 'Published by matrix', slug: `mx-${unique()}`, body: 'Matrix text' }),
    },
    unpublish: { kind: 'id', path: (f) => `/sites/${f.siteId}/blog/${f.postId}` },
    uploadCover: {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/blog/${f.postId}`,
      files: () => ({ cover: [{ name: 'matrix.png', type: 'image/png', bytes: png }] }),
    },
    removeCover: { kind: 'id', path: (f) => `/sites/${f.siteId}/blog/${f.postId}` },
    // Last: it removes the post the others act on.
    delete: { kind: 'id', path: (f) => `/sites/${f.siteId}/blog/${f.postId}` },
  },
  '_app.sites.$siteId_.pages_.$pageId.tsx': {
    // First: it names every section of the page, before the others add or remove some.
    'reorder-sections': {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/pages/${f.pageId}`,
      fields: (f) => ({ sectionIds: [...f.sectionIds].reverse().join(',') }),
    },
    'page-settings': {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/pages/${f.pageId}`,
      fields: () => ({ title: 'Matrix page', slug: `mx-${unique()}`, nav: 'footer' }),
    },
    'add-section': {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/pages/${f.pageId}`,
      fields: () => ({ kind: 'faq' }),
    },
    'save-section': {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/pages/${f.pageId}`,
      fields: (f) => ({ sectionId: f.sectionIds[0]!, variant: 'split', 'd.heading': 'Saved by matrix' }),
    },
    'move-section': {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/pages/${f.pageId}`,
      // The first section: `reorder-sections` put it second.
      fields: (f) => ({ sectionId: f.sectionIds[0]!, direction: 'up' }),
    },
    'duplicate-section': {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/pages/${f.pageId}`,
      fields: (f) => ({ sectionId: f.sectionIds[0]! }),
    },
    'delete-section': {
      kind: 'id',
      path: (f) => `/sites/${f.siteId}/pages/${f.pageId}`,
      fields: (f) => ({ sectionId: f.sectionIds[1]! }),
    },
    'publish-page': { kind: 'id', path: (f) => `/sites/${f.siteId}/pages/${f.pageId}` },
    'publish-site': { kind: 'id', path: (f) => `/sites/${f.siteId}/pages/${f.pageId}` },
    'duplicate-page': { kind: 'id', path: (f) => `/sites/${f.siteId}/pages/${f.pageId}` },
    // Last: it removes the page the others act on.
    'delete-page': { kind: 'id', path: (f) => `/sites/${f.siteId}/pages/${f.pageId}` },
  },
  '_app.links.tsx': {
    create: {
      kind: 'collection',
      path: () => '/links',
      fields: () => ({ url: 'https://example.com/matrix', active: 'on' }),
    },
    update: {
      kind: 'id',
      path: () => '/links',
      fields: (f) => ({ linkId: f.linkId, url: 'https://example.com/changed', active: 'on' }),
    },
    delete: { kind: 'id', path: () => '/links', fields: (f) => ({ linkId: f.linkId }) },
  },
  '_app.domains.tsx': {
    add: {
      kind: 'id',
      path: () => '/domains',
      fields: (f) => ({ siteId: f.siteId, hostname: `mx-${unique()}.example.com` }),
    },
    verify: { kind: 'id', path: () => '/domains', fields: (f) => ({ domainId: f.domainId }) },
    remove: { kind: 'id', path: () => '/domains', fields: (f) => ({ domainId: f.domainId }) },
  },
  '_app.settings.email_.domains.tsx': {
    add: {
      kind: 'collection',
      path: () => '/settings/email/domains',
      fields: () => ({ domain: `mx-${unique()}.example.com` }),
    },
    verify: {
      kind: 'id',
      path: () => '/settings/email/domains',
      fields: (f) => ({ sendingDomainId: f.sendingDomainId }),
    },
    remove: {
      kind: 'id',
      path: () => '/settings/email/domains',
      fields: (f) => ({ sendingDomainId: f.sendingDomainId }),
    },
  },
  '_app.members.tsx': {
    invite: {
      kind: 'collection',
      path: () => '/members',
      fields: () => ({ email: uniqueEmail('mx'), role: 'viewer' }),
    },
    role: {
      kind: 'id',
      path: () => '/members',
      fields: (f) => ({ userId: f.memberUserId, role: 'viewer' }),
    },
    revoke: { kind: 'id', path: () => '/members', fields: (f) => ({ invitationId: f.invitationId }) },
    remove: { kind: 'id', path: () => '/members', fields: (f) => ({ userId: f.memberUserId }) },
    // Leaving acts on the signed-in member only (B's sole owner is refused: a workspace keeps an owner).
    leave: { kind: 'self', path: () => '/members', noControl: true, viewerMay: true },
  },
  '_app.tokens.tsx': {
    create: {
      kind: 'collection',
      path: () => '/tokens',
      fields: () => ({ name: 'matrix', scopes: ['sites:read', 'links:read'] }),
    },
    revoke: { kind: 'id', path: () => '/tokens', fields: (f) => ({ tokenId: f.tokenId }) },
  },
  '_app.webhooks.tsx': {
    create: {
      kind: 'collection',
      path: () => '/webhooks',
      fields: () => ({
        url: 'https://hooks.example.com/matrix',
        eventTypes: ['site.published', 'link.created'],
      }),
    },
    rotate: { kind: 'id', path: () => '/webhooks', fields: (f) => ({ endpointId: f.webhookId }) },
    redeliver: {
      kind: 'id',
      path: () => '/webhooks',
      fields: (f) => ({ endpointId: f.webhookId, deliveryId: f.deliveryId }),
    },
    disable: { kind: 'id', path: () => '/webhooks', fields: (f) => ({ endpointId: f.webhookId }) },
    enable: { kind: 'id', path: () => '/webhooks', fields: (f) => ({ endpointId: f.webhookId }) },
    delete: { kind: 'id', path: () => '/webhooks', fields: (f) => ({ endpointId: f.webhookId }) },
  },
  '_app.products.new.tsx': {
    '': {
      kind: 'collection',
      path: () => '/products/new',
      fields: () => ({
        kind: 'physical',
        name: 'Matrix product',
        currency: 'USD',
        price: '9.99',
        active: 'on',
      }),
    },
  },
  // In this order on one fixture: the moves find a second image and variant to pass.
  '_app.products.$productId.tsx': {
    save: {
      kind: 'id',
      path: (f) => `/products/${f.productId}`,
      fields: () => ({ name: 'Renamed by matrix', currency: 'USD', price: '25.00', active: 'on' }),
    },
    addImages: {
      kind: 'id',
      path: (f) => `/products/${f.productId}`,
      files: () => ({ images: [{ name: 'matrix.png', type: 'image/png', bytes: png }] }),
    },
    updateImage: {
      kind: 'id',
      path: (f) => `/products/${f.productId}`,
      fields: (f) => ({ imageId: f.imageId, alt: 'Matrix alt' }),
    },
    moveImage: {
      kind: 'id',
      path: (f) => `/products/${f.productId}`,
      fields: (f) => ({ imageId: f.imageId, dir: 'down' }),
    },
    addVariant: {
      kind: 'id',
      path: (f) => `/products/${f.productId}`,
      fields: () => ({ 'attributes[0].key': 'size', 'attributes[0].value': 'L', stock: '2' }),
    },
    updateVariant: {
      kind: 'id',
      path: (f) => `/products/${f.productId}`,
      fields: (f) => ({
        variantId: f.variantId,
        'attributes[0].key': 'size',
        'attributes[0].value': 'M',
        price: '30.00',
        stock: '9',
      }),
    },
    moveVariant: {
      kind: 'id',
      path: (f) => `/products/${f.productId}`,
      fields: (f) => ({ variantId: f.variantId, dir: 'down' }),
    },
    removeImage: {
      kind: 'id',
      path: (f) => `/products/${f.productId}`,
      fields: (f) => ({ imageId: f.imageId }),
    },
    removeVariant: {
      kind: 'id',
      path: (f) => `/products/${f.productId}`,
      fields: (f) => ({ variantId: f.variantId }),
    },
    delete: { kind: 'id', path: (f) => `/products/${f.productId}` },
  },
  '_app.products.categories.tsx': {
    create: {
      kind: 'collection',
      path: () => '/products/categories',
      fields: () => ({ name: 'Matrix shelf' }),
    },
    update: {
      kind: 'id',
      path: () => '/products/categories',
      fields: (f) => ({ categoryId: f.categoryId, name: 'Renamed shelf' }),
    },
    move: {
      kind: 'id',
      path: () => '/products/categories',
      // Down: the fixture's shelf comes first, before the one `create` just added.
      fields: (f) => ({ categoryId: f.categoryId, dir: 'down' }),
    },
    delete: { kind: 'id', path: () => '/products/categories', fields: (f) => ({ categoryId: f.categoryId }) },
  },
  'org-switch.tsx': {
    '': {
      kind: 'id',
      path: () => '/org-switch',
      fields: (f) => ({ orgId: f.organizationId, back: '/sites' }),
      changesNothing: true,
    },
  },
  'invitations.accept.tsx': {
    // The token is a secret of the invited address; anyone else holding it is refused with a message.
    '': {
      kind: 'id',
      path: (f) => `/invitations/accept?token=${f.invitationToken}`,
      fields: (f) => ({ token: f.invitationToken }),
      refusalText: 'This invitation was sent to another email address.',
      noControl: true,
    },
  },
  '_app.settings.security.tsx': {
    begin2fa: { kind: 'self', path: () => '/settings/security', noControl: true, viewerMay: true },
    enable2fa: {
      kind: 'self',
      path: () => '/settings/security',
      fields: () => ({ code: '000000' }),
      noControl: true,
      viewerMay: true,
    },
    disable2fa: {
      kind: 'self',
      path: () => '/settings/security',
      fields: () => ({ password: 'not the password' }),
      noControl: true,
      viewerMay: true,
    },
    recoveryCodes: {
      kind: 'self',
      path: () => '/settings/security',
      fields: () => ({ password: 'not the password' }),
      noControl: true,
      viewerMay: true,
    },
    password: {
      kind: 'self',
      path: () => '/settings/security',
      fields: () => ({ currentPassword: 'not the password', newPassword: 'another long password' }),
      noControl: true,
      viewerMay: true,
    },
  },
  'welcome.tsx': {
    '': {
      kind: 'self',
      path: () => '/welcome',
      fields: () => ({ name: 'Attacker second' }),
      noControl: true,
    },
  },
  'sign-in.tsx': {
    '': {
      kind: 'self',
      path: () => '/sign-in',
      fields: () => ({ email: victim().user.email, password: 'wrong password here' }),
      noControl: true,
    },
  },
  '_app.orders._index.tsx': { payouts: { kind: 'collection', path: () => '/orders' } },
  // Disconnecting comes last: the other intents use the fixture's account.
  '_app.social.tsx': {
    compose: {
      kind: 'id',
      path: () => '/social',
      fields: (f) => ({
        text: 'Matrix post',
        accountIds: [f.socialAccountId],
        when: 'draft',
        timeZone: 'UTC',
      }),
    },
    cancel: { kind: 'id', path: () => '/social', fields: (f) => ({ postId: f.socialPostId }) },
    confirm: {
      kind: 'id',
      path: () => '/social',
      fields: (f) => ({
        postId: f.unconfirmedSocialPostId,
        targetId: f.unconfirmedSocialTargetId,
        posted: 'yes',
      }),
    },
    // Starting a connection only writes its state to Redis and redirects to the network's page.
    connect: {
      kind: 'collection',
      path: () => '/social',
      fields: () => ({ network: 'x' }),
      changesNothing: true,
    },
    disconnect: { kind: 'id', path: () => '/social', fields: (f) => ({ accountId: f.socialAccountId }) },
  },
  // Generations count against the workspace the session is in (its Redis budget), never another's;
  // usage lives in Redis and the audit row is not fingerprinted, so A's own request is only checked to succeed.
  '_app.ai.tsx': {
    '': {
      kind: 'collection',
      path: () => '/ai',
      fields: () => ({ task: 'bio', brief: 'Matrix studio' }),
      changesNothing: true,
    },
  },
  'ai.stream.tsx': {
    '': {
      kind: 'collection',
      path: () => '/ai/stream',
      fields: () => ({ task: 'link_titles', brief: 'https://example.com/matrix' }),
      changesNothing: true,
    },
  },
  '_app.contacts._index.tsx': {
    bulkTag: {
      kind: 'id',
      path: () => '/contacts',
      fields: (f) => ({ contactId: [f.contactId], tag: 'matrix', change: 'add' }),
    },
  },
  '_app.settings.email.tsx': {
    '': {
      kind: 'collection',
      path: () => '/settings/email',
      fields: () => ({ postalAddress: '2 Matrix Road, Springfield', doubleOptIn: 'on' }),
    },
  },
  // The workspace's own welcome sequence (the form names no sequence); A's step ids in B's form are
  // refused as not B's steps. In this order: save, then on, then off.
  '_app.automations.tsx': {
    save: {
      kind: 'collection',
      path: () => '/automations',
      fields: (f) => ({
        stepId: f.sequenceStepId,
        templateId: f.templateId,
        delayValue: '3',
        delayUnit: 'hours',
        op: 'save',
      }),
    },
    on: { kind: 'collection', path: () => '/automations' },
    off: { kind: 'collection', path: () => '/automations' },
  },
  '_app.contacts.segments.tsx': {
    create: {
      kind: 'collection',
      path: () => '/contacts/segments',
      fields: () => ({ name: 'Matrix segment', hasTag: 'fixture' }),
    },
    delete: { kind: 'id', path: () => '/contacts/segments', fields: (f) => ({ segmentId: f.segmentId }) },
  },
  '_app.contacts.fields.tsx': {
    create: {
      kind: 'collection',
      path: () => '/contacts/fields',
      fields: () => ({ key: `mx_${unique()}`, label: 'Matrix field', type: 'choice', options: 'one\ntwo' }),
    },
    update: {
      kind: 'id',
      path: () => '/contacts/fields',
      fields: (f) => ({ fieldId: f.contactFieldId, label: 'Matrix label' }),
    },
    delete: {
      kind: 'id',
      path: () => '/contacts/fields',
      fields: (f) => ({ fieldId: f.contactFieldId, confirm: 'on' }),
    },
  },
  'contacts.segments.count.tsx': {
    '': {
      kind: 'collection',
      path: () => '/contacts/segments/count',
      fields: () => ({ hasTag: 'fixture' }),
      changesNothing: true,
    },
  },
  '_app.contacts.imports._index.tsx': {
    upload: {
      kind: 'collection',
      path: () => '/contacts/imports',
      files: () => ({
        file: [{ name: 'matrix.csv', type: 'text/csv', bytes: Buffer.from('email\nmx@example.test\n') }],
      }),
    },
  },
  '_app.contacts.imports.$importId.tsx': {
    start: {
      kind: 'id',
      path: (f) => `/contacts/imports/${f.contactImportId}`,
      fields: () => ({ columns: '1', col0: 'email' }),
    },
    // Its own draft: the first one may already have failed in the jobs Worker (the fixture has no file).
    cancel: { kind: 'id', path: (f) => `/contacts/imports/${f.cancellableImportId}` },
  },
  // One fresh fixture: the scheduled campaign is moved, sent now, paused; the paused one resumed and
  // canceled; the draft deleted last.
  '_app.campaigns.$campaignId.tsx': {
    reschedule: {
      kind: 'id',
      path: (f) => `/campaigns/${f.scheduledCampaignId}`,
      fields: () => ({ at: inAWeek(), timeZone: 'UTC' }),
    },
    sendNow: { kind: 'id', path: (f) => `/campaigns/${f.scheduledCampaignId}` },
    pause: { kind: 'id', path: (f) => `/campaigns/${f.scheduledCampaignId}` },
    resume: { kind: 'id', path: (f) => `/campaigns/${f.pausedCampaignId}` },
    cancel: { kind: 'id', path: (f) => `/campaigns/${f.pausedCampaignId}` },
    delete: { kind: 'id', path: (f) => `/campaigns/${f.campaignId}` },
  },
  // B saving A's draft through the edit page: not found; A's own edit saves it.
  '_app.campaigns.$campaignId_.edit.tsx': {
    save: {
      kind: 'id',
      path: (f) => `/campaigns/${f.campaignId}/edit`,
      fields: (f) => ({
        name: 'Matrix edit',
        audienceType: 'tags',
        tags: 'fixture',
        templateId: f.templateId,
        subject: 'Matrix edit',
        fromName: 'Matrix',
        when: 'draft',
      }),
    },
  },
  // A's template in B's new campaign: not found, as a missing one.
  '_app.campaigns.new.tsx': {
    create: {
      kind: 'id',
      path: () => '/campaigns/new',
      fields: (f) => ({
        name: 'Matrix campaign',
        audienceType: 'tags',
        tags: 'fixture',
        templateId: f.templateId,
        subject: 'Matrix',
        fromName: 'Matrix',
        when: 'draft',
      }),
    },
  },
  '_app.campaigns.templates.new.tsx': {
    save: { kind: 'collection', path: () => '/campaigns/templates/new', fields: () => matrixTemplate },
    preview: {
      kind: 'collection',
      path: () => '/campaigns/templates/new',
      fields: () => matrixTemplate,
      changesNothing: true,
    },
  },
  '_app.campaigns.templates.$templateId.tsx': {
    // Rendering what is typed saves nothing; a viewer may, as the live preview lets them.
    preview: {
      kind: 'id',
      path: (f) => `/campaigns/templates/${f.templateId}`,
      fields: () => matrixTemplate,
      changesNothing: true,
      viewerMay: true,
    },
    save: { kind: 'id', path: (f) => `/campaigns/templates/${f.templateId}`, fields: () => matrixTemplate },
    sendTest: { kind: 'id', path: (f) => `/campaigns/templates/${f.templateId}` },
    // The spare template: the fixture's campaigns keep theirs (409 `template_in_use`).
    delete: { kind: 'id', path: (f) => `/campaigns/templates/${f.spareTemplateId}` },
  },
  'campaigns.templates.preview.tsx': {
    '': {
      kind: 'collection',
      path: () => '/campaigns/templates/preview',
      fields: () => matrixTemplate,
      changesNothing: true,
    },
  },
  'campaigns.audience-count.tsx': {
    '': {
      kind: 'id',
      path: () => '/campaigns/audience-count',
      fields: (f) => ({ audienceType: 'segment', segmentId: f.segmentId }),
      changesNothing: true,
    },
  },
  '_app.contacts.$contactId.tsx': {
    edit: { kind: 'id', path: (f) => `/contacts/${f.contactId}`, fields: () => ({ name: 'Matrix name' }) },
    note: { kind: 'id', path: (f) => `/contacts/${f.contactId}`, fields: () => ({ body: 'Matrix note' }) },
    erase: { kind: 'id', path: (f) => `/contacts/${f.contactId}`, fields: () => ({ confirm: 'on' }) },
  },
  '_app.orders.$orderId.tsx': {
    fulfil: { kind: 'id', path: (f) => `/orders/${f.orderId}`, fields: () => ({ trackingNumber: '1Z999' }) },
    refund: { kind: 'id', path: (f) => `/orders/${f.orderId}`, fields: () => ({ amount: '1.00' }) },
  },
  'sign-up.tsx': {
    '': {
      kind: 'self',
      path: () => '/sign-up',
      fields: () => ({ name: 'Someone', email: victim().user.email, password: 'a long enough password' }),
      noControl: true,
    },
  },
  'sign-out.tsx': {
    '': { kind: 'self', path: () => '/sign-out', noControl: true },
    everywhere: { kind: 'self', path: () => '/sign-out', noControl: true },
  },
  'forgot-password.tsx': {
    '': {
      kind: 'self',
      path: () => '/forgot-password',
      fields: () => ({ email: uniqueEmail() }),
      noControl: true,
    },
  },
  'reset-password.tsx': {
    '': {
      kind: 'self',
      path: () => '/reset-password',
      fields: () => ({ token: 'x'.repeat(43), newPassword: 'a long enough password' }),
      noControl: true,
    },
  },
  'verify-email.tsx': { '': { kind: 'self', path: () => '/verify-email', noControl: true } },
  '_app.bookings._index.tsx': { rotateFeed: { kind: 'collection', path: () => '/bookings' } },
  '_app.bookings.$bookingId.tsx': {
    reschedule: {
      kind: 'id',
      path: (f) => `/bookings/${f.bookingId}`,
      fields: (f) => ({ startsAt: f.freeSlot }),
    },
    // Last: a cancelled call cannot move.
    cancel: { kind: 'id', path: (f) => `/bookings/${f.bookingId}` },
  },
  '_app.bookings.services.new.tsx': {
    '': {
      kind: 'collection',
      path: () => '/bookings/services/new',
      fields: () => serviceForm('Matrix call'),
    },
  },
  '_app.bookings.services.$serviceId.tsx': {
    save: {
      kind: 'id',
      path: (f) => `/bookings/services/${f.serviceId}`,
      fields: () => serviceForm('Renamed by matrix'),
    },
    delete: { kind: 'id', path: (f) => `/bookings/services/${f.serviceId}` },
  },
  '_app.bookings.availability.tsx': {
    '': {
      kind: 'collection',
      path: () => '/bookings/availability',
      fields: () => ({ timeZone: 'Europe/Berlin', 'weekly.0.0.start': '09:00', 'weekly.0.0.end': '17:00' }),
    },
  },
  '_app.courses._index.tsx': {
    '': { kind: 'collection', path: () => '/courses', fields: () => ({ title: 'Matrix course' }) },
  },
  // In this order on one fixture: removals last.
  '_app.courses.$courseId.tsx': {
    saveCourse: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: () => ({
        title: 'Renamed by matrix',
        slug: `mx-${unique()}`,
        level: 'all',
        currency: 'USD',
        price: '',
      }),
    },
    publish: { kind: 'id', path: (f) => `/courses/${f.courseId}` },
    unpublish: { kind: 'id', path: (f) => `/courses/${f.courseId}` },
    // Before modules and lessons are added: each lists every one of them.
    reorderModules: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ moduleIds: [...f.moduleIds].reverse().join(',') }),
    },
    reorderLessons: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ moduleId: f.moduleIds[0]!, lessonIds: f.lessonIds[0]! }),
    },
    addModule: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: () => ({ title: 'Matrix module' }),
    },
    renameModule: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ moduleId: f.moduleIds[0]!, title: 'Renamed' }),
    },
    moveModule: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ moduleId: f.moduleIds[0]!, dir: 'down' }),
    },
    addLesson: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ moduleId: f.moduleIds[0]!, title: 'Matrix lesson' }),
    },
    saveLesson: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({
        lessonId: f.lessonIds[0]!,
        title: 'Renamed lesson',
        content: 'x',
        drip: 'days',
        dripDays: '2',
      }),
    },
    moveLesson: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ lessonId: f.lessonIds[0]!, dir: 'down' }),
    },
    removeVideo: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ lessonId: f.lessonIds[0]! }),
    },
    uploadThumbnail: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      files: () => ({ thumbnail: [{ name: 'matrix.png', type: 'image/png', bytes: png }] }),
    },
    removeThumbnail: { kind: 'id', path: (f) => `/courses/${f.courseId}` },
    uploadVideo: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ lessonId: f.lessonIds[0]! }),
      files: () => ({ video: [{ name: 'matrix.mp4', type: 'video/mp4', bytes: mp4 }] }),
    },
    addAttachment: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ lessonId: f.lessonIds[0]! }),
      files: () => ({ file: [{ name: 'matrix.pdf', type: 'application/pdf', bytes: pdf }] }),
    },
    deleteAttachment: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ lessonId: f.lessonIds[0]!, attachmentId: f.attachmentId }),
    },
    deleteLesson: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ lessonId: f.lessonIds[1]! }),
    },
    deleteModule: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}`,
      fields: (f) => ({ moduleId: f.moduleIds[1]! }),
    },
    deleteCourse: { kind: 'id', path: (f) => `/courses/${f.courseId}` },
  },
  '_app.courses.$courseId_.students.tsx': {
    enroll: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}/students`,
      fields: () => ({ email: uniqueEmail('mx') }),
    },
    revoke: {
      kind: 'id',
      path: (f) => `/courses/${f.courseId}/students`,
      fields: (f) => ({ enrollmentId: f.enrollmentId }),
    },
  },
};

interface LoaderCase {
  path: (f: Fixture) => string;
  /** What B's owner gets: a 404, or a page without any of A's data (its own, or nothing). */
  b: 'notFound' | 'noData';
  /** A's data B may see here (the invitation page names the workspace to whoever holds its secret link). */
  allow?: () => string[];
  /** What A's owner finds on the same page (proves the "not found" or "no A data" check can fail). */
  ownMarker?: (f: Fixture) => string;
}

/** Route modules with a loader → a request of B's owner that tries to read A's data. */
const loaders: Record<string, LoaderCase | { skip: string }> = {
  // The week of A's booking (its next free slot is half an hour after it).
  '_app.bookings._index.tsx': {
    b: 'noData',
    path: (f) => `/bookings?week=${f.freeSlot.slice(0, 10)}`,
    ownMarker: (f) => f.bookingId,
  },
  '_app.bookings.$bookingId.tsx': {
    b: 'notFound',
    path: (f) => `/bookings/${f.bookingId}`,
    ownMarker: () => 'Fixture buyer',
  },
  '_app.bookings.services._index.tsx': {
    b: 'noData',
    path: () => '/bookings/services',
    ownMarker: (f) => f.serviceId,
  },
  '_app.bookings.services.new.tsx': { b: 'noData', path: () => '/bookings/services/new' },
  '_app.bookings.services.$serviceId.tsx': {
    b: 'notFound',
    path: (f) => `/bookings/services/${f.serviceId}`,
    ownMarker: () => 'Fixture call',
  },
  '_app.bookings.availability.tsx': { b: 'noData', path: () => '/bookings/availability' },
  '_app.courses._index.tsx': { b: 'noData', path: () => '/courses', ownMarker: (f) => f.courseId },
  '_app.courses.$courseId.tsx': {
    b: 'notFound',
    path: (f) => `/courses/${f.courseId}`,
    ownMarker: (f) => f.lessonIds[0]!,
  },
  '_app.courses.$courseId_.students.tsx': {
    b: 'notFound',
    path: (f) => `/courses/${f.courseId}/students`,
    ownMarker: (f) => f.enrollmentId,
  },
  'courses.$courseId.students[.]csv.tsx': {
    b: 'notFound',
    path: (f) => `/courses/${f.courseId}/students.csv`,
    ownMarker: () => 'Lesson 1',
  },
  '_app.tsx': { b: 'noData', path: () => '/sites', ownMarker: () => victimOrgName },
  '_app.sites._index.tsx': { b: 'noData', path: () => '/sites', ownMarker: (f) => f.siteId },
  '_app.sites.$siteId.tsx': {
    b: 'notFound',
    path: (f) => `/sites/${f.siteId}`,
    ownMarker: (f) => f.blockIds[0]!,
  },
  '_app.sites.$siteId_.pages.tsx': {
    b: 'notFound',
    path: (f) => `/sites/${f.siteId}/pages`,
    ownMarker: (f) => f.pageId,
  },
  '_app.sites.$siteId_.blog.tsx': {
    b: 'notFound',
    path: (f) => `/sites/${f.siteId}/blog`,
    ownMarker: (f) => f.postId,
  },
  '_app.sites.$siteId_.blog_.$postId.tsx': {
    b: 'notFound',
    path: (f) => `/sites/${f.siteId}/blog/${f.postId}`,
    ownMarker: () => 'A post of the fixture.',
  },
  '_app.sites.$siteId_.pages_.$pageId.tsx': {
    b: 'notFound',
    path: (f) => `/sites/${f.siteId}/pages/${f.pageId}`,
    ownMarker: (f) => f.sectionIds[0]!,
  },
  '_app.links.tsx': { b: 'noData', path: () => '/links', ownMarker: (f) => f.linkId },
  'links.$linkId.qr[.]svg.tsx': {
    b: 'notFound',
    path: (f) => `/links/${f.linkId}/qr.svg`,
    ownMarker: () => '<svg',
  },
  '_app.domains.tsx': { b: 'noData', path: () => '/domains', ownMarker: (f) => f.domainId },
  '_app.settings.email_.domains.tsx': {
    b: 'noData',
    path: () => '/settings/email/domains',
    ownMarker: (f) => f.sendingDomainId,
  },
  '_app.members.tsx': { b: 'noData', path: () => '/members', ownMarker: (f) => f.invitationId },
  '_app.tokens.tsx': { b: 'noData', path: () => '/tokens', ownMarker: (f) => f.tokenId },
  '_app.webhooks.tsx': { b: 'noData', path: () => '/webhooks', ownMarker: (f) => f.webhookId },
  // A's category as a filter: B finds nothing; A finds the product in it.
  '_app.products._index.tsx': {
    b: 'noData',
    path: (f) => `/products?category=${f.categoryId}`,
    ownMarker: (f) => f.productId,
  },
  '_app.products.new.tsx': {
    b: 'noData',
    path: () => '/products/new?kind=physical',
    ownMarker: (f) => f.categoryId,
  },
  '_app.products.$productId.tsx': {
    b: 'notFound',
    path: (f) => `/products/${f.productId}`,
    ownMarker: (f) => f.variantId,
  },
  '_app.products.categories.tsx': {
    b: 'noData',
    path: () => '/products/categories',
    ownMarker: (f) => f.categoryId,
  },
  '_app.orders._index.tsx': { b: 'noData', path: () => '/orders', ownMarker: (f) => f.orderId },
  '_app.contacts._index.tsx': {
    b: 'noData',
    path: () => '/contacts?tag=fixture',
    ownMarker: (f) => f.contactId,
  },
  '_app.contacts.fields.tsx': {
    b: 'noData',
    path: () => '/contacts/fields',
    ownMarker: (f) => f.contactFieldId,
  },
  '_app.contacts.$contactId.tsx': {
    b: 'notFound',
    path: (f) => `/contacts/${f.contactId}`,
    ownMarker: () => 'Fixture note',
  },
  '_app.settings.email.tsx': {
    b: 'noData',
    path: () => '/settings/email',
    ownMarker: () => '1 Fixture Street, Springfield',
  },
  '_app.automations.tsx': {
    b: 'noData',
    path: () => '/automations',
    ownMarker: (f) => f.sequenceStepId,
  },
  '_app.contacts.segments.tsx': {
    b: 'noData',
    path: () => '/contacts/segments',
    ownMarker: (f) => f.segmentId,
  },
  'contacts.export[.]csv.tsx': {
    b: 'noData',
    path: () => '/contacts/export.csv?tag=fixture',
    ownMarker: (f) => f.contactId,
  },
  '_app.contacts.imports._index.tsx': {
    b: 'noData',
    path: () => '/contacts/imports',
    ownMarker: (f) => f.contactImportId,
  },
  '_app.contacts.imports.$importId.tsx': {
    b: 'notFound',
    path: (f) => `/contacts/imports/${f.contactImportId}`,
    ownMarker: (f) => f.contactImportId,
  },
  'contacts.imports.$importId.errors[.]csv.tsx': {
    b: 'notFound',
    path: (f) => `/contacts/imports/${f.contactImportId}/errors.csv`,
    ownMarker: () => 'row,email,reason',
  },
  'contacts.$contactId.export[.]json.tsx': {
    b: 'notFound',
    path: (f) => `/contacts/${f.contactId}/export.json`,
    ownMarker: (f) => f.contactId,
  },
  '_app.campaigns._index.tsx': { b: 'noData', path: () => '/campaigns', ownMarker: (f) => f.campaignId },
  '_app.campaigns.$campaignId.tsx': {
    b: 'notFound',
    path: (f) => `/campaigns/${f.campaignId}`,
    ownMarker: () => 'Fixture campaign',
  },
  '_app.campaigns.$campaignId_.edit.tsx': {
    b: 'notFound',
    path: (f) => `/campaigns/${f.campaignId}/edit`,
    ownMarker: () => 'Fixture campaign',
  },
  '_app.campaigns.new.tsx': { b: 'noData', path: () => '/campaigns/new', ownMarker: (f) => f.templateId },
  '_app.campaigns.templates._index.tsx': {
    b: 'noData',
    path: () => '/campaigns/templates',
    ownMarker: (f) => f.templateId,
  },
  '_app.campaigns.templates.new.tsx': { b: 'noData', path: () => '/campaigns/templates/new' },
  '_app.campaigns.templates.$templateId.tsx': {
    b: 'notFound',
    path: (f) => `/campaigns/templates/${f.templateId}`,
    ownMarker: () => 'Fixture template',
  },
  '_app.orders.$orderId.tsx': {
    b: 'notFound',
    path: (f) => `/orders/${f.orderId}`,
    ownMarker: (f) => f.orderId.slice(-8).toUpperCase(),
  },
  '_app.sales.tsx': {
    b: 'notFound',
    path: (f) => `/sales?siteId=${f.siteId}`,
    ownMarker: (f) => f.productId,
  },
  'orders.export[.]csv.tsx': { b: 'noData', path: () => '/orders/export.csv', ownMarker: (f) => f.orderId },
  '_app.analytics.tsx': {
    b: 'notFound',
    path: (f) => `/analytics?siteId=${f.siteId}`,
    ownMarker: (f) => f.siteId,
  },
  'analytics.export[.]csv.tsx': {
    b: 'notFound',
    path: (f) => `/analytics/export.csv?siteId=${f.siteId}`,
    ownMarker: () => 'section,key,views',
  },
  '_app.audit.tsx': {
    b: 'noData',
    path: () => `/audit?who=${victim().user.id}`,
    ownMarker: () => victim().user.id,
  },
  'media.$.tsx': { b: 'notFound', path: () => victimAvatarPath, ownMarker: () => 'PNG' },
  'invitations.accept.tsx': {
    b: 'noData',
    path: (f) => `/invitations/accept?token=${f.invitationToken}`,
    allow: () => [victimOrgName],
  },
  '_app.settings.security.tsx': { b: 'noData', path: () => '/settings/security' },
  '_app.ai.tsx': { b: 'noData', path: () => '/ai' },
  '_app.social.tsx': { b: 'noData', path: () => '/social', ownMarker: () => 'Fixture post' },
  '_app.social_.insights.tsx': { b: 'noData', path: () => '/social/insights', ownMarker: () => '@fixture' },
  // A state of A's (were B to hold one) is bound to A's workspace: B's session gets the refusal page.
  'social.callback.tsx': {
    b: 'noData',
    path: () => '/social/callback?state=AAAAAAAAAAAAAAAAAAAAAAAA&code=x',
  },
  // The public client metadata document Bluesky's authorization server fetches: no workspace's data.
  'oauth.bluesky.client-metadata[.]json.tsx': {
    b: 'noData',
    path: () => '/oauth/bluesky/client-metadata.json',
  },
  '_index.tsx': { b: 'noData', path: () => '/' },
  'sign-in.tsx': { b: 'noData', path: () => '/sign-in' },
  'sign-up.tsx': { b: 'noData', path: () => '/sign-up' },
  'sign-out.tsx': { b: 'noData', path: () => '/sign-out' },
  'org-switch.tsx': { b: 'noData', path: () => '/org-switch' },
  'welcome.tsx': { b: 'noData', path: () => '/welcome' },
  'verify-email.tsx': { b: 'noData', path: () => '/verify-email' },
  'dev.outbox.tsx': {
    skip: 'local development only: every recorded email by design; the vars schema refuses DEV_OUTBOX=true in production',
  },
};

let stack: DashboardStack;
let a: Tenant;
let b: Tenant;
/** A's resources for the refusals; every refusal asserts A changed nothing, so one set serves all. */
let fa: Fixture;
let fb: Fixture;
let viewerId: string;
let victimOrgName: string;
let victimAvatarPath: string;
const victim = () => a;

/** Everything of A that B must never see: its ids, its organization's name and slug. */
const secretsOf = (f: Fixture) => [a.organization.id, victimOrgName, ...fixtureIds(f)];

interface Answer {
  status: number;
  location: string | null;
  body: string;
}

/** A fixture whose paid order has a real payment in the stack's Stripe stand-in (refunds go through). */
function fixtureOf(tenant: Tenant): Promise<Fixture> {
  return buildFixture(stack.deps, tenant, {
    paymentIntent: (amount, currency) => paidPaymentIntent(stack.stripe, amount, currency),
  });
}

/** A request to the dashboard as the browser would send it: its Host, its Origin, the session cookie. */
function send(
  method: 'GET' | 'POST',
  path: string,
  opts: { sid?: string; org?: string; body?: Buffer; contentType?: string } = {},
): Promise<Answer> {
  const url = new URL(stack.appUrl);
  const cookies = [
    opts.sid ? `mwz_session=${opts.sid}` : null,
    opts.org ? `mwz_org=${opts.org}` : null,
  ].filter(Boolean);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(url.port),
        path,
        method,
        headers: {
          host: url.host,
          origin: url.origin,
          ...(cookies.length ? { cookie: cookies.join('; ') } : {}),
          ...(opts.body ? { 'content-type': opts.contentType, 'content-length': opts.body.length } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            location: (res.headers.location as string | undefined) ?? null,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function csrfOf(sid: string) {
  return (await sha256Hex(`csrf:${sid}`)).slice(0, 32);
}

/** Post a form with the session's CSRF token and `_intent`. */
async function post(
  path: string,
  sid: string,
  intent: string,
  fields: Fields = {},
  org?: string,
  files?: Record<string, { name: string; type: string; bytes: Buffer }[]>,
) {
  if (files) {
    const form = new FormData();
    form.set('_csrf', await csrfOf(sid));
    if (intent) form.set('_intent', intent);
    for (const [k, v] of Object.entries(fields))
      for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
    for (const [k, list] of Object.entries(files))
      for (const f of list) form.append(k, new Blob([f.bytes], { type: f.type }), f.name);
    const encoded = new Request('http://x/', { method: 'POST', body: form });
    return send('POST', path, {
      sid,
      org,
      body: Buffer.from(await encoded.arrayBuffer()),
      contentType: encoded.headers.get('content-type')!,
    });
  }
  const form = new URLSearchParams({ _csrf: await csrfOf(sid) });
  if (intent) form.set('_intent', intent);
  for (const [k, v] of Object.entries(fields))
    for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
  return send('POST', path, {
    sid,
    org,
    body: Buffer.from(form.toString()),
    contentType: 'application/x-www-form-urlencoded',
  });
}

/** A fresh session of the user (sign-out and password changes in the matrix end sessions). */
async function sessionOf(userId: string) {
  return (await createSession(stack.deps, userId)).id;
}

/** A smallest valid PNG (1×1). */
// An MP4 and a PDF by their first bytes: what the lesson upload intents sniff.
const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(20)]);
const pdf = Buffer.from('%PDF-1.7\nmatrix\n');
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Each route module's intents that its owner's controls run (all but the self-service and refusal-only ones). */
const controlled = Object.entries(actions)
  .map(([file, intents]) => ({
    file,
    steps: Object.entries(intents).filter(([, c]) => c.kind !== 'self' && !c.noControl),
  }))
  .filter(({ steps }) => steps.length > 0);
let controls: { take(file: string): Promise<{ owner: Tenant; f: Fixture }> };

beforeAll(async () => {
  stack = await startDashboardStack();
  victimOrgName = `Victim ${unique()}`;
  [a, b] = await Promise.all([createTenant(stack.deps, victimOrgName), createTenant(stack.deps, 'Attacker')]);
  [fa, fb] = await Promise.all([fixtureOf(a), fixtureOf(b)]);
  viewerId = (await addMemberWithToken(stack.deps, a, 'viewer')).user.id;
  // An avatar of A's site in R2, uploaded through the dashboard as A's owner would.
  const sid = await sessionOf(a.user.id);
  const form = new FormData();
  form.set('_csrf', await csrfOf(sid));
  form.set('_intent', 'profile');
  form.set('name', 'Victim site');
  form.set('avatar', new Blob([png], { type: 'image/png' }), 'me.png');
  const encoded = new Request('http://x/', { method: 'POST', body: form });
  const upload = await send('POST', `/sites/${fa.siteId}`, {
    sid,
    body: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type')!,
  });
  expect(upload.status, upload.body.slice(0, 500)).toBe(200);
  const site = await sitesService.getSite(stack.deps, a.scope, fa.siteId);
  expect(site.avatarUrl).toMatch(/\/media\/avatars\//);
  victimAvatarPath = new URL(site.avatarUrl!, stack.appUrl).pathname;
  controls = buildAhead(
    controlled.map((c) => c.file),
    async () => {
      const owner = await createTenant(stack.deps, `Control ${unique()}`);
      return { owner, f: await fixtureOf(owner) };
    },
  );
}, 240_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

const routeFiles = () => readdirSync(routesDir).filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'));
const source = (file: string) => readFileSync(join(routesDir, file), 'utf8');

/** The `_intent` values a route module's action tells apart, read from its source. */
function intentsInSource(file: string): string[] {
  let text = source(file);
  // An action that dispatches through a table of intents (one module per intent, as the site and
  // product editors do): the keys of the `intents` table in a lib module the route imports.
  for (const m of text.matchAll(/from '\.\.\/(lib\/[\w/.-]+\.server\.ts)'/g)) {
    const table = /const intents: Record<string, \w+> = \{([\s\S]*?)\};/.exec(
      readFileSync(join(routesDir, '..', m[1]!), 'utf8'),
    );
    if (table) return [...table[1]!.matchAll(/^\s*(\w+):/gm)].map((x) => x[1]!);
    // Or through a `switch (intent)` in that module (the page editor's intents).
    const lib = readFileSync(join(routesDir, '..', m[1]!), 'utf8');
    if (/switch \(intent\)/.test(lib)) return [...lib.matchAll(/\bcase '([\w-]+)':/g)].map((x) => x[1]!);
  }
  // Only the action's own code (components compare `r.intent` of an answer too).
  const start = text.indexOf('export async function action');
  const end = text.indexOf('\n}\n', start);
  text = text.slice(start, end);
  const found = new Set<string>();
  for (const re of [/\bintent === '([\w-]+)'/g, /\bcase '([\w-]+)':/g, /get\('_intent'\) === '([\w-]+)'/g])
    for (const m of text.matchAll(re)) found.add(m[1]!);
  return [...found];
}

describe('the matrix covers the dashboard', () => {
  it('lists every route module with an action, and every intent each action handles', () => {
    const withAction = routeFiles().filter((f) => /export (async function|const) action\b/.test(source(f)));
    expect(withAction.length).toBeGreaterThan(10);
    expect(Object.keys(actions).sort()).toEqual(withAction.sort());
    for (const file of withAction) {
      const listed = Object.keys(actions[file]!).filter(Boolean).sort();
      expect(listed, `${file}: intents in the source vs the matrix`).toEqual(intentsInSource(file).sort());
    }
  });

  it('the source scan finds intents (so the check above can fail)', () => {
    expect(intentsInSource('_app.webhooks.tsx').sort()).toEqual(
      ['create', 'delete', 'disable', 'enable', 'redeliver', 'rotate'].sort(),
    );
    expect(intentsInSource('_app.sites.$siteId.tsx')).toContain('publish');
    expect(intentsInSource('_app.products.$productId.tsx')).toContain('addVariant');
    expect(intentsInSource('sign-out.tsx')).toEqual(['everywhere']);
  });

  it('lists every route module with a loader', () => {
    const withLoader = routeFiles().filter((f) => /export (async function|const) loader\b/.test(source(f)));
    expect(Object.keys(loaders).sort()).toEqual(withLoader.sort());
  });
});

/** Every (route, intent, case) of the matrix, in the table's order. */
const cases = Object.entries(actions).flatMap(([file, intents]) =>
  Object.entries(intents).map(([intent, c]) => ({ file, intent, c, name: `${file} ${intent || '(form)'}` })),
);

describe('B’s owner on A’s ids', () => {
  let baseline: string;
  beforeAll(async () => {
    baseline = await tenantFingerprint(stack.deps, a.scope);
  });

  it.each(cases.filter(({ c }) => c.kind !== 'self'))('$name', async ({ intent, c }) => {
    const sid = await sessionOf(b.user.id);
    const res = await post(c.path(fa), sid, intent, c.fields?.(fa), undefined, c.files?.());
    expect(res.status, res.body.slice(0, 300)).toBeLessThan(500);
    if (c.kind === 'id') {
      if (c.refusalText) expect(res.body).toContain(c.refusalText);
      else expect([400, 403, 404, 409, 422], `${res.status} ${res.location ?? ''}`).toContain(res.status);
    }
    // The invitation page names the workspace to whoever holds the link; nothing else of A shows.
    for (const s of secretsOf(fa))
      if (!(c.refusalText && s === victimOrgName)) expect(res.body).not.toContain(s);
    expect(await tenantFingerprint(stack.deps, a.scope)).toBe(baseline);
  });

  it.each(cases.filter(({ c }) => c.kind === 'self'))('$name (own account only)', async ({ intent, c }) => {
    const sid = await sessionOf(b.user.id);
    const res = await post(c.path(fa), sid, intent, c.fields?.(fa), undefined, c.files?.());
    expect(res.status, res.body.slice(0, 300)).toBeLessThan(500);
    for (const s of secretsOf(fa)) expect(res.body).not.toContain(s);
    expect(await tenantFingerprint(stack.deps, a.scope)).toBe(baseline);
  });
});

describe('B’s owner mixing its own ids with A’s', () => {
  const mixed: [string, string, (fb: Fixture, fa: Fixture) => Fields][] = [
    ['/sites/$b', 'updateBlock', (_b, f) => ({ blockId: f.blockIds[0]!, ...linkBlock('Mixed') })],
    ['/sites/$b', 'deleteBlock', (_b, f) => ({ blockId: f.blockIds[0]! })],
    ['/sites/$b', 'move', (_b, f) => ({ blockId: f.blockIds[0]!, dir: 'down' })],
    ['/sites/$b', 'reorder', (own, f) => ({ blockIds: [...own.blockIds, ...f.blockIds].join(',') })],
    ['/webhooks', 'redeliver', (own, f) => ({ endpointId: own.webhookId, deliveryId: f.deliveryId })],
    ['/domains', 'add', (_b, f) => ({ siteId: f.siteId, hostname: `mx-${unique()}.example.com` })],
    // B's own product (`$p`) or category with A's variant, image or category.
    [
      '/products/$p',
      'updateVariant',
      (_b, f) => ({
        variantId: f.variantId,
        price: '1.00',
        'attributes[0].key': 'size',
        'attributes[0].value': 'XL',
      }),
    ],
    ['/products/$p', 'moveVariant', (_b, f) => ({ variantId: f.variantId, dir: 'down' })],
    ['/products/$p', 'removeVariant', (_b, f) => ({ variantId: f.variantId })],
    ['/products/$p', 'updateImage', (_b, f) => ({ imageId: f.imageId, alt: 'Mixed' })],
    ['/products/$p', 'moveImage', (_b, f) => ({ imageId: f.imageId, dir: 'down' })],
    ['/products/$p', 'removeImage', (_b, f) => ({ imageId: f.imageId })],
    [
      '/products/$p',
      'save',
      (_b, f) => ({ name: 'Mixed', currency: 'USD', price: '1', categoryIds: f.categoryId }),
    ],
    [
      '/products/new',
      '',
      (_b, f) => ({
        kind: 'physical',
        name: 'Mixed',
        currency: 'USD',
        price: '1',
        categoryIds: f.categoryId,
      }),
    ],
    [
      '/products/categories',
      'update',
      (own, f) => ({ categoryId: own.categoryId, name: 'Mixed', parentId: f.categoryId }),
    ],
    ['/products/categories', 'create', (_b, f) => ({ name: 'Mixed', parentId: f.categoryId })],
    // B's own contact with A's: all or nothing, so B's is not tagged either.
    ['/contacts', 'bulkTag', (own, f) => ({ contactId: [own.contactId, f.contactId], tag: 'mixed' })],
  ];
  it.each(mixed)('%s %s', async (path, intent, fields) => {
    const before = await tenantFingerprint(stack.deps, a.scope);
    const target = path.replace('$b', fb.siteId).replace('$p', fb.productId);
    const res = await post(target, await sessionOf(b.user.id), intent, fields(fb, fa));
    expect([400, 403, 404, 409, 422], `${res.status} ${res.body.slice(0, 200)}`).toContain(res.status);
    expect(await tenantFingerprint(stack.deps, a.scope)).toBe(before);
  });
});

const loaderCases = Object.entries(loaders).flatMap(([file, l]) => ('skip' in l ? [] : [{ file, l }]));

/** Fails when the answer shows any of A's data (but what `allow` names). */
function expectNoVictimData(res: Answer, allow: string[] = []) {
  for (const s of secretsOf(fa)) if (!allow.includes(s)) expect(res.body, `shows ${s}`).not.toContain(s);
}

describe('B’s owner reads', () => {
  it.each(loaderCases)('$file', async ({ l }) => {
    const res = await send('GET', l.path(fa), { sid: await sessionOf(b.user.id) });
    expect(res.status, res.body.slice(0, 300)).toBeLessThan(500);
    if (l.b === 'notFound') expect(res.status).toBe(404);
    expectNoVictimData(res, l.allow?.());
  });
});

describe('A’s viewer', () => {
  let baseline: string;
  beforeAll(async () => {
    baseline = await tenantFingerprint(stack.deps, a.scope);
  });

  const writes = cases.filter(({ file, c }) => file.startsWith('_app.') && !c.viewerMay);
  it('has write intents to try', () => expect(writes.length).toBeGreaterThan(20));

  it.each(writes)('$name is refused', async ({ intent, c }) => {
    const res = await post(
      c.path(fa),
      await sessionOf(viewerId),
      intent,
      c.fields?.(fa),
      undefined,
      c.files?.(),
    );
    expect([400, 403, 404, 409, 422], `${res.status} ${res.body.slice(0, 200)}`).toContain(res.status);
    expect(await tenantFingerprint(stack.deps, a.scope)).toBe(baseline);
  });
});

describe('the workspace cookie is a choice among memberships, never trusted', () => {
  it('B’s owner with mwz_org = A’s organization still sees B only', async () => {
    const sid = await sessionOf(b.user.id);
    for (const path of [
      '/sites',
      '/links',
      '/domains',
      '/settings/email/domains',
      '/members',
      '/tokens',
      '/webhooks',
      '/audit',
      '/products',
      '/products/categories',
      '/orders',
      '/orders/export.csv',
      '/sales',
      '/bookings',
      '/bookings/services',
      '/bookings/availability',
      '/automations',
    ]) {
      const res = await send('GET', path, { sid, org: a.organization.id });
      expect(res.status, path).toBe(200);
      expectNoVictimData(res);
    }
    const sites = await send('GET', '/sites', { sid, org: a.organization.id });
    expect(sites.body).toContain(fb.siteId);
    expect((await send('GET', `/sites/${fa.siteId}`, { sid, org: a.organization.id })).status).toBe(404);
  });

  it('a write with mwz_org = A’s organization lands in B', async () => {
    const before = await tenantFingerprint(stack.deps, a.scope);
    const count = async (t: Tenant) =>
      (await linksService.listShortLinks(stack.deps, t.scope, { page: 1, perPage: 1 })).total;
    const [bLinks, aLinks] = [await count(b), await count(a)];
    const sid = await sessionOf(b.user.id);
    const res = await post(
      '/links',
      sid,
      'create',
      { url: 'https://example.com/cookie', active: 'on' },
      a.organization.id,
    );
    expect(res.status, res.body.slice(0, 300)).toBe(200);
    expect(await count(b)).toBe(bLinks + 1);
    expect(await count(a)).toBe(aLinks);
    expect(await tenantFingerprint(stack.deps, a.scope)).toBe(before);
  });

  it('switching to A’s organization is refused', async () => {
    const res = await post('/org-switch', await sessionOf(b.user.id), '', { orgId: a.organization.id });
    expect(res.status).toBe(403);
    expect(res.location).toBeNull();
  });
});

/**
 * The same requests by an owner on their own fresh resources (a workspace of their own per route
 * module, built ahead while the refusals run): they succeed, so B's refusals above are isolation,
 * not malformed requests.
 */
describe('an owner on their own ids (controls)', () => {
  it.each(loaderCases.filter(({ l }) => l.ownMarker))('$file shows A its data', async ({ l }) => {
    const res = await send('GET', l.path(fa), { sid: await sessionOf(a.user.id) });
    expect(res.status).toBe(200);
    expect(res.body).toContain(l.ownMarker!(fa));
  });

  it.each(controlled)('$file', async ({ file, steps }) => {
    const { owner, f } = await controls.take(file);
    for (const [intent, c] of steps) {
      const before = await tenantFingerprint(stack.deps, owner.scope);
      const res = await post(
        c.path(f),
        await sessionOf(owner.user.id),
        intent,
        c.fields?.(f),
        undefined,
        c.files?.(),
      );
      expect(res.status, `${file} ${intent}: ${res.body.slice(0, 300)}`).toBeLessThan(400);
      if (!c.changesNothing)
        expect(
          await tenantFingerprint(stack.deps, owner.scope),
          `${file} ${intent} changed nothing`,
        ).not.toBe(before);
    }
  });
});
