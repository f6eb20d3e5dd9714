import type { Logger } from '@mewayz/core';
import type { Context } from 'hono';
import type { EdgeEnv } from '../env.ts';
import type { EdgeDeps } from './deps.ts';

/**
 * One request as the site, link and tracking code sees it: plain data and bindings, no web-framework
 * object, so that code can be called (and tested) without a router. (Serving the two hottest routes
 * without Hono's routing was measured: no gain worth a second way in.)
 */
export interface EdgeRequest {
  raw: Request;
  /** The request URL, parsed once per request. */
  url: URL;
  /** The normalised request host. */
  host: string;
  /** This request's id, answered in `X-Request-Id`. */
  requestId: string;
  deps: EdgeDeps;
  /** The Worker's logger bound to this request (its id and host). */
  readonly log: Logger;
  env: EdgeEnv;
  ctx: ExecutionContext;
}

/** Variables every edge request carries, set by the host dispatcher before any route runs. */
export interface EdgeVariables {
  edge: EdgeRequest;
}

export type EdgeHono = { Bindings: EdgeEnv; Variables: EdgeVariables };

/** This request's EdgeRequest (read with `c.get`: Hono's `c.var` copies every variable on each read). */
export function edgeRequestOf(c: Context<EdgeHono>): EdgeRequest {
  return c.get('edge');
}
