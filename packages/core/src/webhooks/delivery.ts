import { webhookDeliveries, webhookEndpoints, webhookMessages } from '@mewayz/db/schema';
import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { SecretBox } from '../crypto/secret-box.ts';
import { dbOf } from '../data/db-handle.ts';
import type { CoreDeps } from '../deps.ts';
import { escapeHtml } from '../email/mailer.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { ownerEmails } from '../organizations/owner-emails.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant } from '../tenancy/scope.ts';
import { settingsOf } from './endpoints.ts';
import { nextRetryDelay, scheduleSpanSeconds } from './schedule.ts';
import { signedHeaders } from './signature.ts';
import { webhookUrlProblem } from './url-policy.ts';

/** What the jobs Worker does with a message after an attempt. */
export type DeliveryOutcome =
  | { kind: 'skipped' } // already succeeded, given up, or claimed by another consumer
  | { kind: 'succeeded'; status: number }
  | { kind: 'cancelled'; reason: string }
  | { kind: 'retry'; delaySeconds: number; status: number | null }
  | { kind: 'failed'; status: number | null; endpointDisabled: boolean };

const excerptChars = 500;
/** A claimed attempt may take the fetch timeout plus this before another consumer may claim it. */
const leaseMarginMs = 30_000;
/** An early queue message (a duplicate from the sweep) does not attempt more than this before due. */
const earlyToleranceMs = 2_000;

/** Read at most `max` characters of a response body, then stop reading. */
async function bodyExcerpt(res: Response, max = excerptChars): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < max) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return text.slice(0, max);
}

/**
 * One attempt of one delivery, exactly once per claim: the row is claimed with a conditional update
 * (`pending` and due, or `sending` whose consumer's lease ran out), so a redelivered queue message of
 * a delivery that already succeeded — or that another consumer is sending — does nothing. The outcome
 * (status, first 500 characters of the answer, duration) is stored on the row; a failure schedules the
 * next attempt, and the last failure of the schedule gives up and may disable the endpoint.
 */
export async function attemptDelivery(deps: IdentityDeps, deliveryId: string): Promise<DeliveryOutcome> {
  const db = dbOf(deps);
  const settings = settingsOf(deps);
  const now = deps.now();
  const claimed = await db
    .update(webhookDeliveries)
    .set({
      status: 'sending',
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      leaseUntil: new Date(now.getTime() + settings.timeoutMs + leaseMarginMs),
      lastAttemptAt: now,
    })
    .where(
      and(
        eq(webhookDeliveries.id, deliveryId),
        or(
          and(
            eq(webhookDeliveries.status, 'pending'),
            lte(webhookDeliveries.nextAttemptAt, new Date(now.getTime() + earlyToleranceMs)),
          ),
          and(eq(webhookDeliveries.status, 'sending'), lte(webhookDeliveries.leaseUntil, now)),
        ),
      ),
    );
  if (Number(claimed.rowsAffected ?? 0) !== 1) return { kind: 'skipped' };

  const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
  if (!delivery) return { kind: 'skipped' };
  const [[endpoint], [message]] = await Promise.all([
    db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, delivery.endpointId)),
    db.select().from(webhookMessages).where(eq(webhookMessages.id, delivery.messageId)),
  ]);
  // biome-ignore lint/suspicious/noExplicitAny: drizzle's set() takes SQL for any column; its Partial type does not say so.
  const finish = (values: Record<string, any>) =>
    db
      .update(webhookDeliveries)
      .set({ leaseUntil: null, ...values })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, 'sending')));

  const cancelReason =
    !endpoint || endpoint.deletedAt
      ? 'endpoint deleted'
      : !endpoint.enabled
        ? 'endpoint disabled'
        : !message
          ? 'message expired'
          : null;
  if (cancelReason || !endpoint || !message) {
    const reason = cancelReason ?? 'gone';
    await finish({ status: 'cancelled', error: reason, attempts: sql`${webhookDeliveries.attempts} - 1` });
    return { kind: 'cancelled', reason };
  }

  const started = Date.now();
  let status: number | null = null;
  let excerpt: string | null = null;
  let error: string | null = webhookUrlProblem(endpoint.url, settings.allowPrivateUrls);
  if (!error) {
    try {
      const secrets = [await deps.secrets.decrypt(endpoint.secret)];
      if (
        endpoint.previousSecret &&
        endpoint.previousSecretExpiresAt &&
        endpoint.previousSecretExpiresAt > now
      )
        secrets.push(await deps.secrets.decrypt(endpoint.previousSecret));
      const headers = await signedHeaders(
        secrets,
        message.id,
        Math.floor(now.getTime() / 1000),
        message.payload,
      );
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Mewayz-Webhooks/1.0', ...headers },
        body: message.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      status = res.status;
      excerpt = await bodyExcerpt(res).catch(() => null);
      if (status < 200 || status >= 300)
        error = status >= 300 && status < 400 ? 'redirects are not followed' : null;
    } catch (err) {
      const name = (err as Error)?.name;
      error =
        name === 'TimeoutError' || name === 'AbortError'
          ? `timed out after ${settings.timeoutMs} ms`
          : `request failed: ${String((err as Error)?.message ?? err).slice(0, 150)}`;
    }
  }
  const durationMs = Date.now() - started;
  const result = { responseStatus: status, responseExcerpt: excerpt, durationMs, error };

  if (status !== null && status >= 200 && status < 300) {
    await finish({ status: 'succeeded', nextAttemptAt: null, ...result });
    await db.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, endpoint.id));
    return { kind: 'succeeded', status };
  }
  await db
    .update(webhookEndpoints)
    .set({ failingSince: sql`COALESCE(${webhookEndpoints.failingSince}, ${now})` })
    .where(eq(webhookEndpoints.id, endpoint.id));
  const delay = nextRetryDelay(settings.retrySchedule, delivery.attempts);
  if (delay !== null) {
    await finish({ status: 'pending', nextAttemptAt: new Date(now.getTime() + delay * 1000), ...result });
    return { kind: 'retry', delaySeconds: delay, status };
  }
  await finish({ status: 'failed', nextAttemptAt: null, ...result });
  const endpointDisabled = await disableIfFailing(deps, endpoint.id, endpoint.organizationId, endpoint.url);
  return { kind: 'failed', status, endpointDisabled };
}

/**
 * A delivery gave up after its whole schedule. If no attempt to the endpoint has succeeded for that
 * long either (`failing_since` at least the schedule's span ago), the endpoint is disabled and the
 * organization's owners are told by email. Returns whether this call disabled it.
 */
async function disableIfFailing(deps: IdentityDeps, endpointId: string, orgId: string, url: string) {
  const now = deps.now();
  const since = new Date(now.getTime() - scheduleSpanSeconds(settingsOf(deps).retrySchedule) * 1000);
  const res = await dbOf(deps)
    .update(webhookEndpoints)
    .set({ enabled: false, disabledReason: 'failing', disabledAt: now })
    .where(
      and(
        eq(webhookEndpoints.id, endpointId),
        eq(webhookEndpoints.enabled, true),
        isNull(webhookEndpoints.deletedAt),
        lte(webhookEndpoints.failingSince, since),
      ),
    );
  if (Number(res.rowsAffected ?? 0) !== 1) return false;
  // The delivery names the organization that owns the endpoint: the only tenant this can touch.
  const scope = forTenant(dbOf(deps), trustOrgId(orgId));
  await recordAudit(
    scope,
    { userId: null },
    {
      action: 'webhook.disabled',
      targetType: 'webhook_endpoint',
      targetId: endpointId,
      metadata: { reason: 'failing' },
    },
  );
  const owners = await ownerEmails(deps, scope);
  const link = `${deps.appUrl}/webhooks`;
  for (const to of owners) {
    await deps.mailer.send({
      to,
      organizationId: orgId,
      subject: 'A webhook endpoint was disabled',
      text: `Every delivery to ${url} has failed for more than a day, so Mewayz stopped sending to it.\n\nFix the endpoint, then enable it again and redeliver what it missed: ${link}\n`,
      html: `<p>Every delivery to <strong>${escapeHtml(url)}</strong> has failed for more than a day, so Mewayz stopped sending to it.</p><p>Fix the endpoint, then <a href="${escapeHtml(link)}">enable it again</a> and redeliver what it missed.</p>`,
    });
  }
  deps.log.warn('webhook endpoint disabled after sustained failure', {
    endpoint: endpointId,
    owners: owners.length,
  });
  return true;
}

/** A pending delivery due for this long was never picked up: the sweep sends it. */
export const sweepGraceMs = 60_000;

/**
 * Deliveries the queue never got or lost: committed but never dispatched (a crash between commit and
 * enqueue, a failed dispatch), due retries beyond the queue's 12-hour delay limit, and attempts whose
 * consumer died (lease expired). The jobs Worker's cron enqueues them; claiming keeps it exactly once.
 */
export async function dueDeliveries(deps: CoreDeps, now: Date, limit = 500): Promise<string[]> {
  const rows = await dbOf(deps)
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      or(
        and(
          eq(webhookDeliveries.status, 'pending'),
          lte(webhookDeliveries.nextAttemptAt, new Date(now.getTime() - sweepGraceMs)),
        ),
        and(eq(webhookDeliveries.status, 'sending'), lte(webhookDeliveries.leaseUntil, now)),
      ),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * The signing secrets (current, and the previous one while it still signs) of every live endpoint at
 * `url`, in any organization: for the devstack receiver, which verifies what it gets like an
 * integrator would. Operator/dev use only (admin entry point).
 */
export async function webhookSecretsForUrl(deps: CoreDeps & { secrets: SecretBox }, url: string) {
  const rows = await dbOf(deps)
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.url, url), isNull(webhookEndpoints.deletedAt)));
  const now = deps.now();
  const sealed = rows.flatMap((r) => [
    r.secret,
    ...(r.previousSecret && r.previousSecretExpiresAt && r.previousSecretExpiresAt > now
      ? [r.previousSecret]
      : []),
  ]);
  return Promise.all(sealed.map((s) => deps.secrets.decrypt(s)));
}
