import type { CachePurger } from '../deps.ts';

/**
 * A purger for clients outside the edge Worker (the dashboard, the CLI, tests): asks the edge to
 * drop its cached pages through its internal endpoint, authenticated by a shared secret.
 */
export function edgePurger(opts: { edgeUrl: string; secret: string; fetch?: typeof fetch }): CachePurger {
  const doFetch = opts.fetch ?? fetch;
  return {
    async purgeHosts(hosts) {
      if (hosts.length === 0) return;
      const res = await doFetch(new URL('/__internal/purge', opts.edgeUrl).toString(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-internal-secret': opts.secret },
        body: JSON.stringify({ hosts }),
      });
      if (!res.ok) throw new Error(`edge cache purge failed: HTTP ${res.status}`);
    },
  };
}
