import type { Context } from 'hono';
import type { EdgeEnv } from '../env.ts';
import type { EdgeDeps } from './deps.ts';

/** Variables every edge request carries, set by the host dispatcher before any route runs. */
export interface EdgeVariables {
  deps: EdgeDeps;
  /** The normalised request host. */
  host: string;
  /** The request URL, parsed once per request. */
  url: URL;
}

export type EdgeHono = { Bindings: EdgeEnv; Variables: EdgeVariables };

/**
 * This request's host, URL and dependencies. Hot paths read them here rather than through `c.var`,
 * which copies every variable into a new object on each read.
 */
export function requestVars(c: Context<EdgeHono>): EdgeVariables {
  return { deps: c.get('deps'), host: c.get('host'), url: c.get('url') };
}
