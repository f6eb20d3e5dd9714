import type { SiteSnapshot } from '@mewayz/contracts';
import type { CoreDeps } from '../deps.ts';
import { cacheShortLink, type ShortLinkTarget, uncacheShortLink } from '../links/lookup.ts';
import { deleteSnapshots, writeSnapshot } from '../sites/snapshot-store.ts';

/**
 * The one way to change what a host serves. Every such change (publish, delete, a custom domain
 * verified or removed, a short link created/changed/deleted) goes through a function of this module,
 * which writes Redis, purges the edge's cached version pointers, and waits out the edge's reuse window
 * before it returns — so "published" means "served from the next request on", with no TTL. A test
 * (`packages/core/test/go-live-rule.test.ts`) fails if code elsewhere writes the served state or
 * purges directly; call these after the database transaction commits.
 *
 * How it holds: the edge lets a request reuse a version read that *started* less than
 * `pointerReuseMs` before the request arrived (ReadCollapser's reuse window). A read that recent
 * started after every change that has already returned, so it saw them, while a hot host costs one
 * version read per window per isolate. Both sides compare only durations, each on its own clock. With
 * a purge that takes effect later than it returns (a zone purge across locations), the window must
 * cover that delay too (decision 0004).
 */
export const pointerReuseMs = 50;

/** Wait a little over the window: timers may fire a millisecond early, clocks tick in whole ms. */
function waitOutReuseWindow(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, pointerReuseMs + 2));
}

/**
 * Purge the edge's cached version pointers of `hosts`, twice, each time waiting out the reuse window.
 * The second round closes a race: a request that read the old pointer from Redis just before this
 * change wrote it can put that pointer back into the edge cache just after the first purge. The edge
 * only caches a pointer whose read took less than half of `pointerReuseMs` (site-resolver.ts), so such
 * a put lands before the second purge; reads that started between the two purges might have seen it, and
 * after the second wait no request that arrives can reuse them. Redis itself is safe from such
 * readers: write-backs only fill empty keys (SET NX), and taking a host offline leaves a marker.
 */
async function purgeAndSettle(deps: CoreDeps, hosts: string[]): Promise<void> {
  if (hosts.length === 0) return;
  await deps.purger.purgeHosts(hosts);
  await waitOutReuseWindow();
  await deps.purger.purgeHosts(hosts);
  await waitOutReuseWindow();
}

/** Serve `snapshot` on `hosts` (publish, or the published version on a new set of custom domains). */
export async function serveSnapshot(deps: CoreDeps, hosts: string[], snapshot: SiteSnapshot): Promise<void> {
  await writeSnapshot(deps.redis, hosts, snapshot);
  await purgeAndSettle(deps, hosts);
}

/** Stop serving anything on `hosts` (a site deleted, a custom domain removed). */
export async function takeHostsOffline(deps: CoreDeps, hosts: string[]): Promise<void> {
  if (hosts.length === 0) return;
  await deleteSnapshots(deps.redis, hosts);
  await purgeAndSettle(deps, hosts);
}

/**
 * Serve `snapshot` on `hosts` and nothing on `removedHosts`, purging both sets in one settle (a custom
 * domain verified or removed).
 */
export async function moveSnapshot(
  deps: CoreDeps,
  hosts: string[],
  removedHosts: string[],
  snapshot: SiteSnapshot | null,
): Promise<void> {
  if (removedHosts.length) await deleteSnapshots(deps.redis, removedHosts);
  if (snapshot) await writeSnapshot(deps.redis, hosts, snapshot);
  await purgeAndSettle(deps, snapshot ? [...hosts, ...removedHosts] : removedHosts);
}

/**
 * Serve a short link's current target. Short links are not cached by pointer at the edge, only shared
 * within the reuse window, so waiting it out is enough.
 */
export async function serveShortLink(
  deps: CoreDeps,
  domain: string,
  code: string,
  target: ShortLinkTarget,
): Promise<void> {
  await cacheShortLink(deps, domain, code, target);
  await waitOutReuseWindow();
}

/** Stop redirecting `<domain>/<code>`. */
export async function takeShortLinkOffline(deps: CoreDeps, domain: string, code: string): Promise<void> {
  await uncacheShortLink(deps, domain, code);
  await waitOutReuseWindow();
}
