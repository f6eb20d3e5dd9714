import { buildPlatformDeps, memoizedPlatformDeps, type PlatformDeps } from '@mewayz/core';
import type { EdgeEnv } from '../env.ts';
import { createCachePurger } from './cache-purger.ts';

/** The edge Worker's dependencies: the platform's, with a purger of this Worker's own cache. */
export type EdgeDeps = PlatformDeps<'edge'>;

const build = memoizedPlatformDeps((env) => buildPlatformDeps(env, 'edge', createCachePurger));

/**
 * Parse the Worker's vars and build the core dependencies once per isolate (the drivers are
 * stateless HTTP clients, so sharing them across requests is safe).
 */
export function edgeDeps(env: EdgeEnv): EdgeDeps {
  return build(env);
}
