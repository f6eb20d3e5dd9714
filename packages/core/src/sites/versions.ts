import { MAX_VERSIONS_LISTED, type SiteSnapshot } from '@mewayz/contracts';
import { sites, siteVersions } from '@mewayz/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { compileBlog } from '../blog/blog-snapshot.ts';
import { platformShipsTo } from '../commerce/shipping.ts';
import { compileCatalog } from '../commerce/storefront.ts';
import { type Actor, type CoreDeps, publicOrigin } from '../deps.ts';
import { Conflict, NotFound } from '../errors.ts';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { type EmitWebhook, transactionWithEvents } from '../webhooks/outbox.ts';
import { loadSite } from './load-site.ts';
import { serveCommitted, siteHosts } from './published.ts';
import { siteView } from './views.ts';

type VersionRow = typeof siteVersions.$inferSelect;

/**
 * What a version keeps of a published snapshot: its content. The catalog and the hosts are the
 * organization's *current* ones whenever a version is served again (old prices must never return).
 */
function contentOf(snapshot: SiteSnapshot): SiteSnapshot {
  // The blog is live data like the catalog: a rollback must not bring back a deleted or unpublished post.
  const { catalog: _catalog, blog: _blog, ...content } = snapshot;
  return { ...content, customDomains: [] };
}

/**
 * Record a publish as a version, inside the publishing transaction (so the version exists exactly when
 * the publish committed).
 */
export async function recordVersion(
  tx: TenantScope,
  actor: Actor,
  snapshot: SiteSnapshot,
  restoredFrom: number | null = null,
): Promise<void> {
  await tx.insert(siteVersions, {
    id: newId('siteVersion'),
    siteId: snapshot.siteId,
    version: snapshot.version,
    restoredFrom,
    snapshot: contentOf(snapshot),
    publishedBy: actor.userId ?? null,
    publishedAt: new Date(snapshot.publishedAt),
  });
}

function versionView(row: VersionRow, live: boolean) {
  return {
    id: row.id,
    siteId: row.siteId,
    version: row.version,
    restoredFrom: row.restoredFrom,
    pages: row.snapshot.pages?.length ?? 0,
    live,
    publishedAt: row.publishedAt.toISOString(),
  };
}
export type SiteVersionView = ReturnType<typeof versionView>;

/**
 * The site's versions, newest first. The newest is what is live: catalog refreshes move the served
 * version number (decision 0006) but never the content, so they add no version.
 */
export async function listVersions(scope: TenantScope, siteId: string) {
  const site = await loadSite(scope, siteId);
  const rows = await scope.list(siteVersions, eq(siteVersions.siteId, siteId), {
    orderBy: [desc(siteVersions.version)],
    limit: MAX_VERSIONS_LISTED,
  });
  return rows.map((r, i) => versionView(r, i === 0 && site.publishedVersion > 0));
}

/**
 * Serve an earlier version again, at once: its content becomes a new version (so versions only ever
 * grow and every edge memo keyed by a version stays valid), with today's catalog and hosts, served
 * like a publish. The draft is left as it is.
 */
export async function rollbackSite(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  siteId: string,
  target: number,
) {
  return retryingPublishRaces(async () => {
    const site = await loadSite(scope, siteId);
    const row = await scope.first(
      siteVersions,
      and(eq(siteVersions.siteId, siteId), eq(siteVersions.version, target)),
    );
    if (!row || site.publishedVersion === 0) throw new NotFound('Version');
    const version = site.publishedVersion + 1;
    const hosts = await siteHosts(deps, scope, site);
    const { blog: _old, ...content } = row.snapshot;
    const blog = await compileBlog(scope, siteId);
    const snapshot: SiteSnapshot = {
      ...content,
      slug: site.slug,
      version,
      publishedAt: deps.now().toISOString(),
      customDomains: hosts.custom,
      catalog: await compileCatalog(scope, deps.now(), platformShipsTo(deps)),
      ...(blog ? { blog } : {}),
    };
    await commitPublish(deps, scope, actor, site.publishedVersion, snapshot, hosts.all, target);
    await serveCommitted(deps, scope, siteId, hosts.all, snapshot);
    return publishedSiteView(deps, scope, siteId, hosts.all);
  });
}

/** The site as `GET /sites/{id}` shows it, with the hosts it is served on (publish answers, webhooks). */
export async function publishedSiteView(deps: CoreDeps, scope: TenantScope, siteId: string, hosts: string[]) {
  const row = await loadSite(scope, siteId);
  const url = `${publicOrigin(deps.config, `${row.slug}.${deps.config.rootDomain}`)}/`;
  return { ...siteView(row, { url }), hosts };
}

/** Another publish, rollback or catalog refresh moved the site's version first. */
export class PublishRaceLost extends Conflict {
  constructor() {
    super('The site was published by someone else at the same time; try again.');
  }
}

/** Publish attempts before a lost race is the caller's to retry. */
const publishRounds = 5;

/**
 * Run a whole publish (read the site, compile, commit) again when it loses the version race: the
 * other writer's content is in what a fresh compile reads (a catalog refresh only moves the version),
 * so retrying gives what the creator would get by pressing Publish again, without asking them to.
 */
export async function retryingPublishRaces<T>(publish: () => Promise<T>): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await publish();
    } catch (err) {
      if (!(err instanceof PublishRaceLost) || round >= publishRounds) throw err;
    }
  }
}

/**
 * Commit a new published snapshot: the version guard (two concurrent publishes serialise instead of
 * both winning), the version row, the audit entry and the `site.published` event, in one transaction.
 */
export async function commitPublish(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  previousVersion: number,
  snapshot: SiteSnapshot,
  hosts: string[],
  restoredFrom: number | null,
): Promise<void> {
  const siteId = snapshot.siteId;
  await transactionWithEvents(deps, scope, async (tx, emit: EmitWebhook) => {
    const updated = await tx.update(
      sites,
      {
        publishedSnapshot: snapshot,
        publishedVersion: snapshot.version,
        publishedAt: new Date(snapshot.publishedAt),
      },
      and(eq(sites.id, siteId), eq(sites.publishedVersion, previousVersion)),
    );
    if (updated === 0) throw new PublishRaceLost();
    await recordVersion(tx, actor, snapshot, restoredFrom);
    await recordAudit(tx, actor, {
      action: restoredFrom === null ? 'site.published' : 'site.rolled_back',
      targetType: 'site',
      targetId: siteId,
      metadata:
        restoredFrom === null ? { version: snapshot.version } : { version: snapshot.version, restoredFrom },
    });
    await emit('site.published', () => publishedSiteView(deps, tx, siteId, hosts));
  });
}
