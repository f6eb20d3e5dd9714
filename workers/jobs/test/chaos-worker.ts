import { dbOf, ingestEvents, withDb } from '@mewayz/core/admin';
import { failNextTransactionAtFirstExecute } from '@mewayz/testing/failing-db';
import type { IngestGroup } from '../src/consumers/events-consumer.ts';
import { createJobsWorker } from '../src/worker.ts';

let deliveries = 0;

/**
 * The jobs Worker built for failure tests and `bench:clicks`: with `CHAOS_FAIL_BATCH_EVERY=n`, every
 * nth delivery of several events fails inside its transaction right after the raw insert (a real
 * rollback in MariaDB), as a crash mid-batch would. Never deployed: the production entry has no hook.
 */
export default createJobsWorker({
  ingest: (env) => {
    const every = Number((env as Record<string, unknown>).CHAOS_FAIL_BATCH_EVERY ?? 0);
    if (!(every > 0)) return undefined;
    const chaos: IngestGroup = (deps, events, { split }) => {
      const fail = !split && events.length > 1 && ++deliveries % every === 0;
      const ingestDeps = fail ? withDb(deps, failNextTransactionAtFirstExecute(dbOf(deps))) : deps;
      return ingestEvents(ingestDeps, deps.redis, events, deps.log);
    };
    return chaos;
  },
});
