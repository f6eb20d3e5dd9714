import type { CoreDeps } from '../deps.ts';

/**
 * How a change to what a host serves (publish, delete, a custom domain added or removed) reaches
 * the very next request without every request reading the live version. Such a change rewrites
 * Redis, purges the edge's cached version pointer, and only then waits `pointerReuseMs` before it
 * returns. The edge, in turn, lets a request reuse a version read that *started* less than
 * `pointerReuseMs` before the request arrived (ReadCollapser's reuse window). A read that recent
 * started after every change that has already returned, so it saw them: "published" means "served
 * from the next request on", with no TTL — while a hot host costs one version read per window per
 * isolate instead of one per request (or per round trip of concurrent requests).
 *
 * Both sides compare only durations, each on its own clock. With a purge that takes effect later
 * than it returns (a zone purge across locations), this window must cover that delay too.
 */
export const pointerReuseMs = 50;

/**
 * Wait out the edge's reuse window: called after every write of what the edge serves (site pointers
 * here, short links in links/service.ts) and before the change is reported done.
 */
export function waitOutReuseWindow(): Promise<void> {
  // A little over the window: timers may fire a millisecond early, clocks tick in whole milliseconds.
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
export async function purgeAndSettle(deps: CoreDeps, hosts: string[]): Promise<void> {
  if (hosts.length === 0) return;
  await deps.purger.purgeHosts(hosts);
  await waitOutReuseWindow();
  await deps.purger.purgeHosts(hosts);
  await waitOutReuseWindow();
}
