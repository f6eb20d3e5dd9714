import { newId, withRequestLog } from '@mewayz/core';
import { applyRetention } from '@mewayz/core/admin';
import { consumeEvents, type IngestGroup } from './consumers/events-consumer.ts';
import { jobsDeps } from './deps.ts';
import type { JobsEnv } from './env.ts';

/** Seams for the test build of this Worker (`workers/jobs/test/chaos-worker.ts`); production passes none. */
export interface JobsWorkerOptions {
  ingest?: (env: JobsEnv) => IngestGroup | undefined;
}

/**
 * The jobs Worker: queue consumers and cron. Every consumer is idempotent, since queues deliver at
 * least once, and acks per message. Each delivery and tick gets its own id in the logs.
 */
export function createJobsWorker(opts: JobsWorkerOptions = {}) {
  return {
    async queue(batch, env) {
      const deps = withRequestLog(jobsDeps(env), { request_id: newId('request'), queue: batch.queue });
      switch (batch.queue) {
        case 'events':
          return consumeEvents(batch, env, deps, opts.ingest?.(env));
        default:
          // An unknown queue is a deployment mistake; retrying will not fix it, so say so loudly.
          deps.log.error('message from an unknown queue');
          batch.retryAll();
      }
    },
    async scheduled(controller, env) {
      const base = jobsDeps(env);
      const log = base.log.child({ request_id: newId('request'), cron: controller.cron });
      const started = Date.now();
      const result = await applyRetention(base, new Date(controller.scheduledTime || Date.now()));
      log.info('retention applied', { ...result, duration_ms: Date.now() - started });
    },
  } satisfies ExportedHandler<JobsEnv>;
}
