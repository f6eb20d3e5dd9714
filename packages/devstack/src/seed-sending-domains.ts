import {
  type Actor,
  type CoreDeps,
  campaignsService,
  fakeResolver,
  type SecretBox,
  sendingDomainsService,
  setFakeCnameRecord,
  setFakeTxtRecords,
  type TenantScope,
} from '@mewayz/core';

const verifiedDomain = 'mail.alice-rivera.example';
const pendingDomain = 'news.alice-rivera.example';

/**
 * Two sending domains: one verified through the fake resolver (its records are published into Redis
 * again on every seed, since `npm start`'s Redis keeps nothing across restarts and the jobs cron
 * re-checks it daily) with the campaigns' From address on it, and one pending, showing its records.
 */
export async function seedDemoSendingDomains(
  deps: CoreDeps & { secrets: SecretBox },
  scope: TenantScope,
  actor: Actor,
) {
  const existing = await sendingDomainsService.listSendingDomains(deps, scope, { page: 1, perPage: 100 });
  const byName = new Map(existing.items.map((d) => [d.domain, d]));
  let created = 0;
  for (const domain of [verifiedDomain, pendingDomain])
    if (!byName.has(domain)) {
      byName.set(domain, await sendingDomainsService.addSendingDomain(deps, scope, actor, { domain }));
      created++;
    }
  const verified = byName.get(verifiedDomain)!;
  for (const r of verified.records)
    if (r.type === 'TXT') await setFakeTxtRecords(deps.redis, r.name, [r.value]);
    else await setFakeCnameRecord(deps.redis, r.name, [r.value]);
  await sendingDomainsService.verifySendingDomain(deps, scope, actor, verified.id, fakeResolver(deps.redis));
  const settings = await campaignsService.getSenderSettings(deps, scope);
  if (!settings.fromAddress && settings.postalAddress)
    await campaignsService.updateSenderSettings(deps, scope, actor, {
      postalAddress: settings.postalAddress,
      fromName: settings.fromName,
      replyTo: settings.replyTo,
      fromAddress: `studio@${verifiedDomain}`,
    });
  return { created };
}
