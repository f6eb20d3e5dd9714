import { type SocialPublishMessage, socialService } from '@mewayz/core';
import type { JobsDeps } from '../deps.ts';
import type { JobsEnv } from '../env.ts';

/** A message whose attempt crashed (not a failed publish: that is recorded) is retried after this. */
const crashRetrySeconds = 30;

/**
 * The `social-publish` queue: each message names one post × account target. The attempt claims the
 * target first, so a redelivered message does nothing once it was published (core `social/publish.ts`
 * explains how a lost answer or a crash does not post twice). A failed attempt is rescheduled in the
 * database and the every-minute cron queues it again when due, so messages are always acked.
 */
export async function consumeSocialPublish(batch: MessageBatch<unknown>, deps: JobsDeps) {
  await Promise.all(
    batch.messages.map(async (msg) => {
      const targetId = (msg.body as Partial<SocialPublishMessage> | null)?.targetId;
      if (typeof targetId !== 'string') {
        deps.log.error('malformed social-publish message', { messageId: msg.id });
        msg.ack();
        return;
      }
      try {
        const outcome = await socialService.attemptTarget(deps, targetId);
        deps.log.info('social publish attempt', { target: targetId, outcome: outcome.kind });
        msg.ack();
      } catch (err) {
        deps.log.error('social publish attempt crashed', { target: targetId, error: err });
        msg.retry({ delaySeconds: crashRetrySeconds });
      }
    }),
  );
}

/** The every-minute cron: scheduled posts that came due, and due retries, go on the queue. */
export function runSocialPublishing(
  env: JobsEnv,
  deps: JobsDeps,
  now: Date,
  only?: { organizationId: string },
) {
  return socialService.runSocialCron(deps, now, env.SOCIAL_PUBLISH, { organizationId: only?.organizationId });
}
