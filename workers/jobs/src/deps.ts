import { createDb, createRedis, type Db, type Redis } from '@mewayz/core';
import { type JobsEnv, type JobsVars, jobsVarsSchema } from './env.ts';

export interface JobsDeps {
  vars: JobsVars;
  db: Db;
  redis: Redis;
}

let memo: { env: JobsEnv; deps: JobsDeps } | null = null;

/** Parse vars and build the drivers once per isolate; a misconfiguration fails with the field names. */
export function jobsDeps(env: JobsEnv): JobsDeps {
  if (memo?.env === env) return memo.deps;
  const parsed = jobsVarsSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `jobs Worker misconfigured: check ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  }
  const vars = parsed.data;
  const deps = {
    vars,
    db: createDb(vars.DATABASE_URL),
    redis: createRedis(vars.REDIS_URL, vars.REDIS_TOKEN),
  };
  memo = { env, deps };
  return deps;
}
