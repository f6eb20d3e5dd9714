import { webhookEventTypes } from '@mewayz/contracts';
import {
  commerceService,
  createDb,
  createLogger,
  createRedis,
  createSecretBox,
  email,
  forTenant,
  type IdentityDeps,
  identity,
  organizationsService,
  publicOrigin,
  webhooksService,
} from '@mewayz/core';
import { DB, dbOf, trustOrgId } from '@mewayz/core/admin';
import { localEncryptionKeys } from './dev-vars.ts';
import { seedDemoBookings } from './seed-bookings.ts';
import { seedDemoCampaigns } from './seed-campaigns.ts';
import { seedDemoCatalog } from './seed-catalog.ts';
import { seedDemoCourses } from './seed-courses.ts';
import { seedDemoCrm } from './seed-crm.ts';
import { seedDemoImport } from './seed-import.ts';
import { seedDemoOrders } from './seed-orders.ts';
import { seedDemoSendingDomains } from './seed-sending-domains.ts';
import { seedDemoSequences } from './seed-sequences.ts';
import { demoSiteSlug, seedDemoSite } from './seed-site.ts';
import { seedDemoSocial } from './seed-social.ts';

export const demoOwnerEmail = 'demo@mewayz.test';
/** Local-only password of the demo owner; printed by `npm start`. */
export const demoOwnerPassword = 'mewayz-demo-pass';
export const demoOrganizationName = 'Alice Rivera Studio';
/** Where the demo tenant's webhook endpoint points: the devstack receiver of `npm start`. */
export const demoWebhookUrl = 'http://127.0.0.1:3902/mewayz';

export interface SeedTarget {
  databaseUrl: string;
  redisUrl: string;
  redisToken: string;
  /** Where the edge answers, for purging after publish; omitted when no edge runs yet. */
  edgeUrl?: string;
  /** The social networks' stand-in (`npm start`'s :3906): the demo's accounts are connected there. */
  socialStandinUrl?: string;
}

/** Dependencies of the seed and the CLI: the core services over the gateways, dev adapters. */
export function localIdentityDeps(target: SeedTarget): IdentityDeps {
  const db = createDb(target.databaseUrl);
  return {
    [DB]: db,
    redis: createRedis(target.redisUrl, target.redisToken),
    config: {
      rootDomain: 'mewayz.localhost',
      shortDomain: 'mewayz.localhost',
      publicScheme: 'http',
      publicPort: '8787',
    },
    // The edge is not up while seeding; its cache is empty then, and Redis gets the new snapshot.
    purger: { purgeHosts: async () => {} },
    now: () => new Date(),
    log: createLogger({ level: 'warn', fields: { worker: 'node' } }),
    secrets: createSecretBox(process.env.ENCRYPTION_KEYS ?? localEncryptionKeys()),
    mailer: email.outboxMailer(db),
    appUrl: 'http://app.mewayz.localhost:8788',
  };
}

/**
 * The demo tenant: owner `demo@mewayz.test` (verified), the organization "Alice Rivera Studio" and
 * its published bio site `alice`. Idempotent: what exists is kept, and the site's snapshot is
 * written to Redis again (Redis keeps nothing across restarts here).
 */
export async function seedDemo(target: SeedTarget): Promise<{ summary: string; password: string }> {
  const deps = localIdentityDeps(target);
  let user = await identity.findUserByEmail(dbOf(deps), demoOwnerEmail);
  if (!user) {
    await identity.signUp(
      deps,
      { email: demoOwnerEmail, name: 'Alice Rivera', password: demoOwnerPassword },
      { verified: true },
    );
    user = await identity.findUserByEmail(dbOf(deps), demoOwnerEmail);
  }
  if (!user) throw new Error('seed: the demo owner could not be created');
  const orgs = await organizationsService.listOrganizationsForUser(deps, user.id);
  const existing = orgs.find((o) => o.name === demoOrganizationName);
  const scope = existing
    ? forTenant(dbOf(deps), trustOrgId(existing.id))
    : (await organizationsService.createOrganization(deps, user.id, { name: demoOrganizationName })).scope;
  const actor = { userId: user.id, requestId: 'seed' };
  // The catalog first: the site's blocks show it, and publishing puts it in the snapshot.
  const catalog = await seedDemoCatalog(deps, scope, actor);
  const site = await seedDemoSite(deps, scope, actor);
  const crm = await seedDemoCrm(deps, scope, actor);
  // A finished CSV import (Contacts → Import), after the audience it updates two of.
  await seedDemoImport(deps, scope, actor);
  // Courses publish into the sites' catalog, so the site exists first.
  const courses = await seedDemoCourses(deps, scope, actor);
  const calls = await seedDemoBookings(deps, scope, actor);
  // Signed with the secret the edge verifies tracking links with (its ENCRYPTION_KEYS, see start.ts).
  const mail = await seedDemoCampaigns(
    deps,
    scope,
    actor,
    process.env.EMAIL_TRACKING_SECRET || process.env.ENCRYPTION_KEYS || 'local-seed',
  );
  // After the demo campaign went out: it shows the platform's address, later ones the studio's.
  const sending = await seedDemoSendingDomains(deps, scope, actor);
  // After the campaigns: it needs the postal address they set.
  const welcome = await seedDemoSequences(deps, scope, actor);
  const social = target.socialStandinUrl
    ? await seedDemoSocial(deps, scope, actor, target.socialStandinUrl)
    : null;
  // A site published before the shop existed gets it now (a no-op when its shop is current).
  await commerceService.refreshPublishedCatalog(deps, scope);
  const sales = await seedDemoOrders(
    deps,
    scope,
    site.siteId,
    publicOrigin(deps.config, `${demoSiteSlug}.${deps.config.rootDomain}`),
  );
  // One webhook endpoint at the local receiver (`npm start` runs it), so publishing or adding a link
  // shows a signed delivery there at once.
  const hooks = await webhooksService.listWebhookEndpoints(deps, scope, { page: 1, perPage: 50 });
  if (!hooks.items.some((h) => h.url === demoWebhookUrl)) {
    await webhooksService.createWebhookEndpoint(
      { ...deps, webhooks: { ...webhooksService.defaultWebhookSettings, allowPrivateUrls: true } },
      scope,
      actor,
      {
        url: demoWebhookUrl,
        description: 'Local test receiver (npm start)',
        eventTypes: [...webhookEventTypes],
      },
    );
  }
  return {
    summary: `${demoOwnerEmail} owns "${demoOrganizationName}" with site alice (${site.created ? 'created' : 'kept'}), a demo catalog (${catalog.created} products added), ${sales.created} demo orders, an audience (${crm.created} contacts added), two courses (${courses.created} added), bookable calls at /book/intro-call and /book/coaching (${calls.created} services added) email campaigns (${mail.campaigns}), a ${welcome.steps}-email welcome sequence (on) and sending domains (${sending.created} added; mail.alice-rivera.example verified through the fake resolver)${social ? `, Bluesky, Mastodon and X connected at the social stand-in (${social.posts} posts added)` : ''}`,
    password: demoOwnerPassword,
  };
}
