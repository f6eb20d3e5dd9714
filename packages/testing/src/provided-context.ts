import 'vitest';

declare module 'vitest' {
  /** What the global setup hands every test file (see global-setup.ts). */
  export interface ProvidedContext {
    mysqlUrl: string;
    psdbUrl: string;
    redisUrl: string;
    redisToken: string;
    runId: string;
    /** The Worker bundles built once for the whole run, by entry path (see bundle-worker.ts). */
    workerBundles: Record<string, string>;
  }
}
