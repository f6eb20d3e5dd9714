import {
  buildPlatformDeps,
  memoizedPlatformDeps,
  type PlatformDeps,
  queueDispatch,
  queueOfImports,
} from '@mewayz/core';
import type { EdgeEnv } from '../env.ts';
import { createCachePurger } from './cache-purger.ts';

/** The edge Worker's dependencies: the platform's, with a purger of this Worker's own cache. */
export type EdgeDeps = PlatformDeps<'edge'>;

const build = memoizedPlatformDeps((env): EdgeDeps => {
  const deps = buildPlatformDeps(env, 'edge', createCachePurger);
  // The edge shares the `webhooks` queue with the jobs Worker (locally: one `wrangler dev` process).
  // Media: lesson files go with their lessons when the API deletes one.
  return {
    ...deps,
    webhooks: { ...deps.webhooks, dispatch: queueDispatch((env as EdgeEnv).WEBHOOKS) },
    media: (env as EdgeEnv).MEDIA ?? null,
    contactImports: queueOfImports((env as EdgeEnv).CONTACT_IMPORTS),
  };
});

/**
 * Parse the Worker's vars and build the core dependencies once per isolate (the drivers are
 * stateless HTTP clients, so sharing them across requests is safe).
 */
export function edgeDeps(env: EdgeEnv): EdgeDeps {
  return build(env);
}
