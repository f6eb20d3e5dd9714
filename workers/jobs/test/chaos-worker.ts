import { dbOf, ingestEvents, processStripeEvent, withDb } from '@mewayz/core/admin';
import { downloadGrants } from '@mewayz/db/schema';
import { failInsertsInto, failNextTransactionAtFirstExecute } from '@mewayz/testing/failing-db';
import type { IngestGroup } from '../src/consumers/events-consumer.ts';
import { createJobsWorker } from '../src/worker.ts';

let deliveries = 0;
let stripeCalls = 0;

/**
 * The jobs Worker built for failure tests and `bench:clicks`: with `CHAOS_FAIL_BATCH_EVERY=n`, every
 * nth delivery of several events fails inside its transaction right after the raw insert (a real
 * rollback in MariaDB), as a crash mid-batch would. With `CHAOS_STRIPE_EVERY=n`, every nth Stripe
 * event fails: alternately inside its transaction (a download grant's insert refused, so the payment
 * rolls back) and after it committed (the message is
 * retried though the order changed). Never deployed: the production entry has no hook.
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
  applyStripeEvent: (env) => {
    const every = Number((env as Record<string, unknown>).CHAOS_STRIPE_EVERY ?? 0);
    if (!(every > 0)) return undefined;
    return async (deps, eventId) => {
      const call = ++stripeCalls;
      if (call % every !== 0) return processStripeEvent(deps, eventId);
      if ((call / every) % 2 === 1)
        // Paying a download fails at its grant, after the order row was updated: all of it rolls back.
        return processStripeEvent(withDb(deps, failInsertsInto(dbOf(deps), downloadGrants)), eventId);
      await processStripeEvent(deps, eventId);
      throw new Error('chaos: crashed after the commit, before the ack');
    };
  },
});
