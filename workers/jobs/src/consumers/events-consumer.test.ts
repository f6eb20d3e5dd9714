import { campaignsService, crmService, newId, parsePlatformVars } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { campaignSends, contactInteractions, emailEvents } from '@mewayz/db/schema';
import { createTestOrg, edgeTestVars, nodeDeps, testActor } from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { JobsDeps } from '../deps.ts';
import { consumeEvents } from './events-consumer.ts';

/**
 * The consumer's bookkeeping around the dead-letter queue, with a recording DLQ (the end-to-end paths
 * run in workerd in workers/jobs/test). Real MySQL and Redis behind it.
 */
function harness() {
  const parked: Record<string, unknown>[] = [];
  const env = {
    EVENTS_DLQ: { send: async (body: Record<string, unknown>) => void parked.push(body) },
  } as never;
  const deps = { ...nodeDeps(), vars: parsePlatformVars(edgeTestVars(), 'jobs') } as unknown as JobsDeps;
  return { parked, env, deps };
}

function delivery(id: string, body: unknown, outcome: { acked: number; retried: number }) {
  return {
    queue: 'events',
    messages: [
      {
        id,
        timestamp: new Date(),
        attempts: 1,
        body,
        ack: () => outcome.acked++,
        retry: () => outcome.retried++,
      },
    ],
    ackAll() {},
    retryAll() {},
  } as never;
}

const validEvent = () => ({
  id: newId('event'),
  kind: 'click',
  organizationId: 'org_dlq_test',
  siteId: newId('site'),
  occurredAt: new Date().toISOString(),
  visitorHash: 'd'.repeat(32),
});

describe('events consumer dead-letter bookkeeping', () => {
  it('parks a malformed event of a bundle once, however often the bundle is delivered', async () => {
    const { parked, env, deps } = harness();
    const outcome = { acked: 0, retried: 0 };
    const id = newId('event');
    const body = { events: [validEvent(), { nonsense: true }] };
    for (let i = 0; i < 3; i++) await consumeEvents(delivery(id, body, outcome), env, deps);
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({ reason: 'invalid_event', parkId: `${id}:1`, body: { nonsense: true } });
    expect(outcome).toEqual({ acked: 3, retried: 0 });
  });

  it('tries the dead-letter queue again on the next delivery when a send failed', async () => {
    const { parked, env, deps } = harness();
    let failNext = true;
    const flaky = {
      EVENTS_DLQ: {
        send: async (b: Record<string, unknown>) => {
          if (failNext) {
            failNext = false;
            throw new Error('queue unavailable');
          }
          await (env as { EVENTS_DLQ: Queue }).EVENTS_DLQ.send(b);
        },
      },
    } as never;
    const outcome = { acked: 0, retried: 0 };
    const id = newId('event');
    const body = { events: [validEvent(), { nonsense: 1 }] };
    // The DLQ send fails: the valid sibling is stored all the same, the message is retried.
    await consumeEvents(delivery(id, body, outcome), flaky, deps);
    expect(parked).toHaveLength(0);
    expect(outcome).toEqual({ acked: 0, retried: 1 });
    await consumeEvents(delivery(id, body, outcome), flaky, deps);
    expect(parked).toHaveLength(1);
    expect(outcome).toEqual({ acked: 1, retried: 1 });
  });
});

describe('email engagements in event bundles', () => {
  /** A contact of a fresh workspace with a campaign send an hour old (past the scanner window). */
  async function sentTo() {
    const deps = nodeDeps();
    const scope = await createTestOrg(deps);
    const contact = await crmService.createContact(deps, scope, testActor, {
      email: `reader-${scope.orgId.slice(-8)}@example.test`,
    });
    const campaignId = newId('campaign');
    await dbOf(deps)
      .insert(campaignSends)
      .values({
        organizationId: scope.orgId,
        campaignId,
        contactId: contact.id,
        email: contact.email,
        status: 'sent',
        sentAt: new Date(Date.now() - 3_600_000),
      });
    const claims = { organizationId: scope.orgId, campaignId, contactId: contact.id };
    return { deps, claims };
  }
  const reader =
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15';

  it('records an open and a click once each, however often their bundles are delivered', async () => {
    const { env } = harness();
    const { deps: node, claims } = await sentTo();
    const deps = { ...harness().deps, ...node } as JobsDeps;
    const at = new Date();
    const open = campaignsService.engagementOf(
      { kind: 'open', ...claims },
      { userAgent: reader, ip: '', at },
    );
    const click = campaignsService.engagementOf(
      { kind: 'click', ...claims, url: 'https://shop.example/sale' },
      { userAgent: reader, ip: '203.0.113.9', at },
    );
    // Only an Apple proxy address travels; a reader's address stays at the edge.
    expect(click.ip).toBeUndefined();
    const outcome = { acked: 0, retried: 0 };
    // The same message delivered twice, and its engagements sent again in a second message.
    const first = { events: [], engagements: [open, click] };
    await consumeEvents(delivery(newId('event'), first, outcome), env, deps);
    await consumeEvents(delivery(newId('event'), first, outcome), env, deps);
    await Promise.all([
      consumeEvents(
        delivery(newId('event'), { events: [validEvent()], engagements: [click] }, outcome),
        env,
        deps,
      ),
      consumeEvents(delivery(newId('event'), { events: [], engagements: [open] }, outcome), env, deps),
    ]);
    expect(outcome).toEqual({ acked: 4, retried: 0 });
    const db = dbOf(deps);
    const events = await db.select().from(emailEvents).where(eq(emailEvents.campaignId, claims.campaignId));
    expect(events.map((e) => e.kind).sort()).toEqual(['click', 'open']);
    expect(events.find((e) => e.kind === 'click')?.url).toBe('https://shop.example/sale');
    const [send] = await db
      .select()
      .from(campaignSends)
      .where(
        and(eq(campaignSends.campaignId, claims.campaignId), eq(campaignSends.contactId, claims.contactId)),
      );
    expect(send?.openedAt?.getTime()).toBe(at.getTime());
    expect(send?.clickedAt).not.toBeNull();
    const timeline = await db
      .select()
      .from(contactInteractions)
      .where(eq(contactInteractions.contactId, claims.contactId));
    expect(timeline.map((t) => t.kind).sort()).toEqual(['created', 'email_clicked', 'email_opened']);
  });

  it("flags an open through Apple's proxy as a machine one, and parks a malformed engagement once", async () => {
    const { env, parked } = harness();
    const { deps: node, claims } = await sentTo();
    const deps = { ...harness().deps, ...node } as JobsDeps;
    const proxied = campaignsService.engagementOf(
      { kind: 'open', ...claims },
      { userAgent: reader, ip: '17.58.0.9', at: new Date() },
    );
    expect(proxied.ip).toBe('17.58.0.9');
    const outcome = { acked: 0, retried: 0 };
    const id = newId('event');
    const body = { events: [], engagements: [proxied, { kind: 'open', organizationId: 42 }] };
    for (let i = 0; i < 2; i++) await consumeEvents(delivery(id, body, outcome), env, deps);
    expect(outcome).toEqual({ acked: 2, retried: 0 });
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({ reason: 'invalid_engagement', parkId: `${id}:engagement:1` });
    const [send] = await dbOf(deps)
      .select()
      .from(campaignSends)
      .where(eq(campaignSends.campaignId, claims.campaignId));
    expect(send?.openedAt).toBeNull();
    expect(send?.machineOpenedAt).not.toBeNull();
    const events = await dbOf(deps)
      .select()
      .from(emailEvents)
      .where(eq(emailEvents.campaignId, claims.campaignId));
    expect(events).toHaveLength(1);
    expect(events[0]?.machine).toBe(true);
  });
});
