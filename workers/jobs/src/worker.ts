import {
  bookingsService,
  crmService,
  newId,
  sendingDomainsService,
  sequencesService,
  socialService,
  withRequestLog,
} from '@mewayz/core';
import { applyRetention } from '@mewayz/core/admin';
import { consumeCampaignSends, runCampaigns } from './consumers/campaigns-consumer.ts';
import { consumeContactImports } from './consumers/contact-imports-consumer.ts';
import { consumeEvents, type IngestGroup } from './consumers/events-consumer.ts';
import { consumeSocialPublish, runSocialPublishing } from './consumers/social-publish-consumer.ts';
import {
  type ApplyStripeEvent,
  consumeStripeEvents,
  sweepCommerce,
} from './consumers/stripe-events-consumer.ts';
import { consumeWebhooks, sweepWebhooks } from './consumers/webhooks-consumer.ts';
import { jobsDeps } from './deps.ts';
import type { JobsEnv } from './env.ts';

/** The cron that only sweeps webhooks (`wrangler.toml` also has the 5-minute one). */
const everyMinute = '* * * * *';

/** Seams for the test build of this Worker (`workers/jobs/test/chaos-worker.ts`); production passes none. */
export interface JobsWorkerOptions {
  ingest?: (env: JobsEnv) => IngestGroup | undefined;
  applyStripeEvent?: (env: JobsEnv) => ApplyStripeEvent | undefined;
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
        case 'mewayz-events': // the production queue's name
          return consumeEvents(batch, env, deps, opts.ingest?.(env));
        case 'webhooks':
        case 'mewayz-webhooks':
          return consumeWebhooks(batch, env, deps);
        case 'stripe-events':
        case 'mewayz-stripe-events':
          return consumeStripeEvents(batch, deps, opts.applyStripeEvent?.(env));
        case 'campaign-sends':
        case 'mewayz-campaign-sends':
          return consumeCampaignSends(batch, env, deps);
        case 'contact-imports':
        case 'mewayz-contact-imports':
          return consumeContactImports(batch, env, deps);
        case 'social-publish':
        case 'mewayz-social-publish':
          return consumeSocialPublish(batch, deps);
        default:
          // An unknown queue is a deployment mistake; retrying will not fix it, so say so loudly.
          deps.log.error('message from an unknown queue');
          batch.retryAll();
      }
    },
    async scheduled(controller, env) {
      const base = jobsDeps(env);
      const log = base.log.child({ request_id: newId('request'), cron: controller.cron });
      const now = new Date(controller.scheduledTime || Date.now());
      const started = Date.now();
      const only = env.CRON_ORGANIZATION ? { organizationId: env.CRON_ORGANIZATION } : undefined;
      // Every minute: webhook deliveries and Stripe events the queue never got, checkouts whose
      // stock hold ended, due campaigns, booking reminders and sequence steps. Every 5 minutes (or when run by hand
      // without a cron): retention too.
      const swept = await sweepWebhooks(env, base, now);
      if (swept.swept) log.info('webhook deliveries swept', swept);
      // A commerce sweep that fails (database or queue down) must not keep retention from running.
      const commerce = await sweepCommerce(env, base, now).catch((err) => {
        log.error('commerce sweep failed', { error: err });
        return null;
      });
      if (commerce && (commerce.events || commerce.checkouts)) log.info('commerce swept', commerce);
      // Due campaigns start, sending ones get their next minute of batches.
      const campaigns = await runCampaigns(env, base, now, only).catch((err) => {
        log.error('campaign cron failed', { error: err });
        return null;
      });
      if (campaigns && (campaigns.started || campaigns.kicked)) log.info('campaigns run', campaigns);
      // Booking reminders (24 h and 1 h before a call) that came due since the last minute.
      const reminders = await bookingsService.sendDueReminders(base, now).catch((err) => {
        log.error('booking reminders failed', { error: err });
        return null;
      });
      if (reminders && (reminders.sent || reminders.dropped || reminders.failed))
        log.info('booking reminders sent', reminders);
      // Welcome-sequence steps that came due; sent here, a small batch a minute (see core sequences/sending.ts).
      const sequences = await sequencesService.runSequenceCron(base, now, undefined, only).catch((err) => {
        log.error('sequence cron failed', { error: err });
        return null;
      });
      if (sequences && (sequences.sent || sequences.stopped || sequences.retry || sequences.failed))
        log.info('sequence steps sent', sequences);
      // Social posts whose time came, and due retries, go on the social-publish queue.
      const social = await runSocialPublishing(env, base, now, only).catch((err) => {
        log.error('social publishing cron failed', { error: err });
        return null;
      });
      if (social && (social.started || social.enqueued)) log.info('social posts queued', social);
      if (controller.cron !== everyMinute) {
        // Engagement of posts published in the last 30 days, each at most every 15 minutes.
        const stats = await socialService
          .syncSocialStats(base, now, { organizationId: only?.organizationId })
          .catch((err) => {
            log.error('social stats sync failed', { error: err });
            return null;
          });
        if (stats && (stats.synced || stats.failed)) log.info('social stats synced', stats);
        // Long-lived tokens (Instagram's 60 days) renewed a week before they end, used or not.
        const tokens = await socialService
          .renewExpiringTokens(base, now, { organizationId: only?.organizationId })
          .catch((err) => {
            log.error('social token renewal failed', { error: err });
            return null;
          });
        if (tokens && (tokens.renewed || tokens.refused || tokens.failed))
          log.info('social tokens renewed', tokens);
        // Sending domains checked more than a day ago, a batch per 5 minutes: a removed record stops
        // the domain's use and its owners hear about it.
        const rechecked = await sendingDomainsService.recheckSendingDomains(base, now).catch((err) => {
          log.error('sending domain re-check failed', { error: err });
          return null;
        });
        if (rechecked?.checked) log.info('sending domains re-checked', rechecked);
        // Contact imports whose queue message was lost: sent again, or failed after a few tries.
        const imports = await crmService
          .sweepStalledImports(base, now, async (m) => void (await env.CONTACT_IMPORTS.send(m)))
          .catch((err) => {
            log.error('contact import sweep failed', { error: err });
            return null;
          });
        if (imports && (imports.requeued || imports.failed))
          log.info('stalled contact imports swept', imports);
        const result = await applyRetention(base, now);
        log.info('retention applied', { ...result, duration_ms: Date.now() - started });
      }
    },
  } satisfies ExportedHandler<JobsEnv>;
}
