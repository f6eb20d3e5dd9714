import { type CoreDeps, commerceService, type TenantScope } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { downloadGrants, emailOutbox, orderEvents, orders } from '@mewayz/db/schema';
import {
  createPublishedSite,
  createTenant,
  type EdgeHarness,
  eventually,
  startEdge,
  testActor,
} from '@mewayz/testing';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The `stripe-events` consumer under injected failures: every second event fails, alternately inside
 * its transaction (rolled back) and after its commit (the queue redelivers an event already applied).
 * Every order must end paid exactly once: one timeline entry per event, one set of download grants,
 * one receipt and one creator email.
 */
let edge: EdgeHarness;
let deps: CoreDeps;
let scope: TenantScope;
let host: string;

beforeAll(async () => {
  edge = await startEdge({ stripe: true, jobsVars: { CHAOS_STRIPE_EVERY: '2' } });
  deps = edge.deps;
  scope = (await createTenant(deps, 'Chaos shop')).scope;
  ({ host } = await createPublishedSite(deps, scope));
});
afterAll(() => edge?.dispose());

async function checkout(productId: string): Promise<string> {
  const res = await edge.fetch(`http://${host}/checkout`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ product: productId }).toString(),
  });
  expect(res.status).toBe(303);
  const location = res.headers.get('location')!;
  return location.slice(location.lastIndexOf('/') + 1);
}

describe('stripe-events consumer with injected failures', () => {
  it('pays every order exactly once when deliveries fail midway or after commit', async () => {
    const product = await commerceService.createProduct(deps, scope, testActor, {
      kind: 'digital',
      name: 'Chaos presets',
      currency: 'USD',
      price: 900,
      download: { fileKey: 'demo/downloads/film-look-presets.zip', downloadLimit: 3, linkExpiryHours: 24 },
    });
    const sessions: string[] = [];
    for (let i = 0; i < 6; i++) sessions.push(await checkout(product.id));
    for (const [i, id] of sessions.entries()) {
      const paid = await fetch(`${edge.stripe!.url}/__standin/sessions/${id}/pay`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ card: '4242424242424242', email: `chaos-${i}@example.test` }),
      });
      expect(paid.status).toBe(200);
    }
    const rows = async () => dbOf(deps).select().from(orders).where(eq(orders.organizationId, scope.orgId));
    // Failed messages come back after the consumer's retry delay (15–30 s).
    await eventually(
      async () => (await rows()).every((o) => o.status === 'paid' && o.receiptSentAt),
      90_000,
      500,
    );
    for (const order of await rows()) {
      const completed = await dbOf(deps)
        .select()
        .from(orderEvents)
        .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, 'checkout.session.completed')));
      expect(completed).toHaveLength(1);
      expect(
        await dbOf(deps).select().from(downloadGrants).where(eq(downloadGrants.orderId, order.id)),
      ).toHaveLength(1);
      const mail = await dbOf(deps)
        .select()
        .from(emailOutbox)
        .where(like(emailOutbox.subject, `%${order.id.slice(-8).toUpperCase()}%`));
      expect(mail).toHaveLength(2);
    }
  }, 120_000);
});
