import { consumeEvents } from './consumers/events-consumer.ts';
import { jobsDeps } from './deps.ts';
import type { JobsEnv } from './env.ts';

/**
 * The jobs Worker: queue consumers and cron. Every consumer is idempotent, since queues deliver at
 * least once, and acks per message.
 */
export default {
  async queue(batch, env) {
    const deps = jobsDeps(env);
    switch (batch.queue) {
      case 'events':
        return consumeEvents(batch, env, deps);
      default:
        // An unknown queue is a deployment mistake; retrying will not fix it, so say so loudly.
        console.error(
          JSON.stringify({ level: 'error', msg: 'message from an unknown queue', queue: batch.queue }),
        );
        batch.retryAll();
    }
  },
  async scheduled(controller) {
    console.log(JSON.stringify({ level: 'info', msg: 'cron tick', cron: controller.cron }));
  },
} satisfies ExportedHandler<JobsEnv>;
