import { type ContactImportMessage, crmService } from '@mewayz/core';
import type { JobsDeps } from '../deps.ts';
import type { JobsEnv } from '../env.ts';

/** A chunk that crashed (database down, evicted isolate) comes back after this. */
const retrySeconds = 5;
const idPattern = /^[a-z]{2,5}_[0-9a-z]{26}$/;

/**
 * The `contact-imports` queue: each message means "apply the chunk at this import's cursor". The
 * chunk's transaction moves the cursor conditionally, so a redelivered or duplicated message applies
 * nothing twice, and a crash rolls the chunk back whole for the retry. The delivery that applied a
 * chunk sends the next message; one that lost the race sends none, so duplicates die out.
 */
export async function consumeContactImports(batch: MessageBatch<unknown>, env: JobsEnv, deps: JobsDeps) {
  for (const msg of batch.messages) {
    const body = msg.body as Partial<ContactImportMessage> | null;
    if (!body || !idPattern.test(String(body.organizationId)) || !idPattern.test(String(body.importId))) {
      deps.log.error('malformed contact-imports message', { messageId: msg.id });
      msg.ack();
      continue;
    }
    const message = { organizationId: body.organizationId!, importId: body.importId! };
    try {
      const result = await crmService.applyContactImportChunk(deps, message);
      if (result.applied) deps.log.info('contact import chunk', { import: message.importId, ...result });
      if (result.applied && !result.finished) await env.CONTACT_IMPORTS.send(message);
      msg.ack();
    } catch (err) {
      deps.log.error('contact import chunk crashed', { import: message.importId, error: err });
      msg.retry({ delaySeconds: retrySeconds });
    }
  }
}
