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
