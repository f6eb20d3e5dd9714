import { type Actor, type CoreDeps, crmService, type TenantScope } from '@mewayz/core';
import { unlessTaken } from './seed-catalog.ts';

/** The demo audience's custom fields. */
const demoFields = [
  { key: 'plan', label: 'Plan', type: 'choice', options: ['free', 'member', 'patron'] },
  { key: 'city', label: 'City', type: 'text' },
  { key: 'orders_total', label: 'Orders total (USD)', type: 'number' },
  { key: 'birthday', label: 'Birthday', type: 'date' },
] as const;

const first = ['Maya', 'Leo', 'Ines', 'Tom', 'Sara', 'Kofi', 'Yuki', 'Noah', 'Lena', 'Omar', 'Ava', 'Raj'];
const last = ['Costa', 'Berg', 'Okafor', 'Silva', 'Novak', 'Tanaka'];
const cities = ['Lisbon', 'Berlin', 'Lagos', 'Osaka', 'Austin', 'Prague'];
const tagSets = [
  ['vip'],
  ['newsletter'],
  ['newsletter', 'workshop'],
  ['print-buyer'],
  [],
  ['vip', 'print-buyer'],
];
const consents = ['subscribed', 'subscribed', 'subscribed', 'subscribed', 'unsubscribed', 'bounced'] as const;

/**
 * The demo tenant's audience: four custom fields, 36 contacts with tags, values and a few team notes,
 * and two segments. Idempotent: what exists (a contact by email, a field by key, a segment by name) is
 * kept as the creator left it.
 */
export async function seedDemoCrm(deps: CoreDeps, scope: TenantScope, actor: Actor) {
  const have = new Set((await crmService.listContactFields(deps, scope)).map((f) => f.key));
  for (const f of demoFields)
    if (!have.has(f.key))
      await crmService.createContactField(deps, scope, actor, {
        ...f,
        options: 'options' in f ? [...f.options] : undefined,
      });
  let created = 0;
  for (let i = 0; i < 36; i++) {
    const name = `${first[i % first.length]} ${last[(i * 5) % last.length]}`;
    const email = `${name.toLowerCase().replace(' ', '.')}${i}@example.com`;
    const contact = await unlessTaken(() =>
      crmService.createContact(
        deps,
        scope,
        actor,
        {
          email,
          name,
          company: i % 4 === 0 ? `${last[i % last.length]} Studio` : undefined,
          score: (i * 7) % 100,
          consentStatus: consents[i % consents.length],
          tags: tagSets[i % tagSets.length],
          fields: {
            plan: (['free', 'member', 'patron'] as const)[i % 3],
            city: cities[i % cities.length],
            orders_total: (i % 5) * 24,
            ...(i % 3 === 0 ? { birthday: `199${i % 10}-0${(i % 9) + 1}-1${i % 10}` } : {}),
          },
        },
        'import',
      ),
    );
    if (!contact) continue;
    created++;
    if (i % 6 === 0)
      await crmService.addContactNote(deps, scope, actor, contact.id, {
        body: `Met at the ${cities[i % cities.length]} print fair. Interested in a custom commission.`,
      });
  }
  const segments = await crmService.listSegments(deps, scope, { page: 1, perPage: 100 });
  const names = new Set(segments.items.map((s) => s.name));
  const demoSegments = [
    {
      name: 'Subscribed VIPs',
      filter: {
        conditions: [
          { type: 'tag', op: 'has', tag: 'vip' },
          { type: 'consent', op: 'is', value: 'subscribed' },
        ],
      },
    },
    { name: 'Patrons', filter: { conditions: [{ type: 'field', key: 'plan', op: 'eq', value: 'patron' }] } },
  ] as const;
  for (const s of demoSegments)
    if (!names.has(s.name)) await crmService.createSegment(deps, scope, actor, s as never);
  return { created };
}
