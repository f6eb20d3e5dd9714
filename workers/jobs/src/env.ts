import { z } from 'zod';

export const jobsVarsSchema = z.object({
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url(),
  REDIS_TOKEN: z.string().min(1),
  /** Test/benchmark hook: make every Nth multi-message batch fail after its raw insert (0 = never). */
  CHAOS_FAIL_BATCH_EVERY: z.coerce.number().int().min(0).default(0),
});
export type JobsVars = z.infer<typeof jobsVarsSchema>;

export type JobsEnv = { [K in keyof JobsVars]?: string } & {
  /** Where messages that can never be processed (malformed) are parked for inspection. */
  EVENTS_DLQ: Queue;
};
