import {
  fakeResolver,
  newId,
  sendingDomainsService,
  setFakeCnameRecord,
  setFakeTxtRecords,
} from '@mewayz/core';
import { dbOf, ingestEvents } from '@mewayz/core/admin';
import { analyticsEvents, emailOutbox, sendingDomains } from '@mewayz/db/schema';
import { createTenant, type EdgeHarness, identityDeps, startEdge, testActor } from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { ulid } from 'ulidx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let edge: EdgeHarness;
beforeAll(async () => {
  // Retention and the sending-domain re-check act on every organization; campaigns, sequences and
  // social posts of other files are not this file's to run.
  edge = await startEdge({ jobsVars: { CRON_ORGANIZATION: 'org_cron_test' } });
});
afterAll(() => edge?.dispose());

describe('the jobs Worker’s cron (in workerd)', () => {
  it('applies the raw-event retention on every tick', async () => {
    const site = newId('site');
    const at = new Date(Date.now() - 200 * 86_400_000);
    const id = `evt_${ulid(at.getTime()).toLowerCase()}`;
    await ingestEvents(edge.deps, null, [
      {
        id,
        kind: 'view',
        organizationId: 'org_cron_test',
        siteId: site,
        linkId: '',
        linkItem: -1,
        occurredAt: at.toISOString(),
        country: '',
        city: '',
        referrerHost: '',
        device: '',
        browser: '',
        os: '',
        utmSource: '',
        utmMedium: '',
        utmCampaign: '',
        utmTerm: '',
        utmContent: '',
        visitorHash: 'c'.repeat(32),
        isBot: false,
      },
    ]);
    const stored = () => dbOf(edge.deps).select().from(analyticsEvents).where(eq(analyticsEvents.id, id));
    expect(await stored()).toHaveLength(1);
    await edge.scheduled('*/5 * * * *');
    expect(await stored()).toHaveLength(0);
  });

  it('re-checks sending domains checked over a day ago: a removed record flips one to failed and its owner is told', async () => {
    const deps = identityDeps(edge.deps);
    const tenant = await createTenant(deps, 'Cron sending org');
    const domain = `mail-${Math.random().toString(36).slice(2, 10)}.example.com`;
    const added = await sendingDomainsService.addSendingDomain(deps, tenant.scope, testActor, { domain });
    for (const r of added.records)
      if (r.type === 'TXT') await setFakeTxtRecords(deps.redis, r.name, [r.value]);
      else await setFakeCnameRecord(deps.redis, r.name, [r.value]);
    const resolver = fakeResolver(deps.redis);
    const verified = await sendingDomainsService.verifySendingDomain(
      deps,
      tenant.scope,
      testActor,
      added.id,
      resolver,
    );
    expect(verified.status).toBe('verified');

    const row = () => dbOf(deps).select().from(sendingDomains).where(eq(sendingDomains.id, added.id));
    const dmarc = added.records.find((r) => r.kind === 'dmarc')!;
    await setFakeTxtRecords(deps.redis, dmarc.name, []);
    // Checked a minute ago: the tick leaves it alone.
    await edge.scheduled('*/5 * * * *');
    expect((await row())[0]!.status).toBe('verified');

    await dbOf(deps)
      .update(sendingDomains)
      .set({ lastCheckedAt: new Date('2000-01-01T00:00:00Z') })
      .where(eq(sendingDomains.id, added.id));
    await edge.scheduled('*/5 * * * *');
    const [after] = await row();
    expect(after!.status).toBe('failed');
    expect(after!.checks?.dmarc).toMatchObject({ ok: false, found: null });
    expect(after!.checks?.dkim).toMatchObject({ ok: true });
    const told = await dbOf(deps)
      .select()
      .from(emailOutbox)
      .where(
        and(eq(emailOutbox.toAddress, tenant.user.email), eq(emailOutbox.organizationId, tenant.scope.orgId)),
      );
    expect(told.map((m) => m.subject)).toEqual([`${domain} is no longer verified for sending`]);
  });
});
