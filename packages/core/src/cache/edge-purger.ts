import type { ContactImportQueue } from '../crm/import/contact-import.ts';
import type { CachePurger } from '../deps.ts';
import type { WebhookDispatch } from '../webhooks/runtime.ts';

/** How clients outside the edge Worker reach its internal endpoints. */
export interface EdgeInternalOptions {
  edgeUrl: string;
  secret: string;
  fetch?: typeof fetch;
}

/** POST JSON to one of the edge's `/__internal/…` endpoints, authenticated by the shared secret. */
function edgeInternalPost(opts: EdgeInternalOptions) {
  const doFetch = opts.fetch ?? fetch;
  return async (path: string, body: unknown, what: string) => {
    const res = await doFetch(new URL(path, opts.edgeUrl).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-internal-secret': opts.secret },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${what} failed: HTTP ${res.status}`);
  };
}

/**
 * A purger for clients outside the edge Worker (the dashboard, the CLI, tests): asks the edge to
 * drop its cached pages through its internal endpoint, authenticated by a shared secret.
 */
export function edgePurger(opts: EdgeInternalOptions): CachePurger {
  const post = edgeInternalPost(opts);
  return {
    async purgeHosts(hosts) {
      if (hosts.length === 0) return;
      await post('/__internal/purge', { hosts }, 'edge cache purge');
    },
  };
}

/**
 * Webhook dispatch for the dashboard: a local queue producer in another `wrangler dev` process would
 * not reach the consumer, so the edge (which shares a process and a queue with the jobs Worker
 * locally, and a binding in production) enqueues the deliveries (decision 0005).
 */
export function edgeWebhookDispatch(opts: EdgeInternalOptions): WebhookDispatch {
  const post = edgeInternalPost(opts);
  return async (deliveryIds) => {
    if (deliveryIds.length > 0) await post('/__internal/webhooks', { deliveryIds }, 'webhook dispatch');
  };
}

/** The dashboard's hand-off of a started import to the `contact-imports` queue, through the edge likewise. */
export function edgeContactImportQueue(opts: EdgeInternalOptions): ContactImportQueue {
  const post = edgeInternalPost(opts);
  return { enqueue: (message) => post('/__internal/contact-imports', message, 'contact import enqueue') };
}
