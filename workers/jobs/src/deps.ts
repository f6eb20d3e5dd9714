import {
  buildPlatformDeps,
  memoizedPlatformDeps,
  type PlatformDeps,
  queueDispatch,
  queueOfImports,
} from '@mewayz/core';
import type { JobsEnv } from './env.ts';

/** The jobs Worker's dependencies: the platform's (it serves no pages, so it has nothing to purge itself). */
export type JobsDeps = PlatformDeps<'jobs'>;

const build = memoizedPlatformDeps((env): JobsDeps => {
  const deps = buildPlatformDeps(env, 'jobs', () => ({
    purgeHosts: async () => {
      // Nothing the jobs Worker does today changes what a host serves; when it does, it must purge
      // through the edge like the dashboard.
      throw new Error('the jobs Worker has no cache purger');
    },
  }));
  const jobs = env as JobsEnv;
  return {
    ...deps,
    webhooks: { ...deps.webhooks, dispatch: queueDispatch(jobs.WEBHOOKS) },
    media: jobs.MEDIA ?? null,
    contactImports: queueOfImports(jobs.CONTACT_IMPORTS),
  };
});

/** Parse vars and build the drivers once per isolate; a misconfiguration fails with the field names. */
export function jobsDeps(env: JobsEnv): JobsDeps {
  return build(env);
}
