import { type AuditRow, auditActors, listAuditLog, type TenantScope } from '@mewayz/core';
import { z } from 'zod';
import { depsOf } from './env.server.ts';
import { roleLabel } from './roles.ts';

/** The families of actions the "what" filter offers, in words. */
export const auditActionFamilies = {
  site: 'Sites',
  block: 'Site blocks',
  link: 'Short links',
  domain: 'Domains',
  member: 'Members and roles',
  invitation: 'Invitations',
  token: 'API tokens',
  product: 'Products',
  category: 'Product categories',
  order: 'Orders',
  payouts: 'Payouts',
  organization: 'Workspace',
} as const;

const day = z.iso.date().optional().catch(undefined);

/** The filters in the query string (`?who=&what=&from=&to=&page=`); anything odd is ignored. */
export const auditQuery = z.object({
  who: z.string().max(40).optional().catch(undefined),
  what: z
    .enum(Object.keys(auditActionFamilies) as [keyof typeof auditActionFamilies])
    .optional()
    .catch(undefined),
  from: day,
  to: day,
});
export type AuditQuery = z.infer<typeof auditQuery>;

export function readAuditQuery(request: Request): AuditQuery {
  const params = new URL(request.url).searchParams;
  return auditQuery.parse({
    who: params.get('who') || undefined,
    what: params.get('what') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
  });
}

const kindWords: Record<string, string> = {
  digital: 'digital download',
  physical: 'physical product',
  pay_what_you_want: 'pay-what-you-want product',
};

/** A piece of an entry's sentence: plain words, or the name of the thing it links to. */
export type Part = { text: string; href?: string };

type Lookup = Awaited<ReturnType<typeof listAuditLog>>;

/**
 * One entry as a sentence: who did what to what ("Alice Rivera changed Bob Stone's role from
 * Editor to Manager"), the thing linking to where it lives in the dashboard.
 */
export function describeAuditEntry(e: AuditRow, look: Lookup): Part[] {
  const m = e.metadata ?? {};
  const str = (k: string) => (typeof m[k] === 'string' ? (m[k] as string) : '');
  const person = (id: string | null) => {
    const p = id ? look.people[id] : undefined;
    return p ? p.name || p.email : 'a former member';
  };
  const actor: Part[] = e.actorUserId ? [{ text: person(e.actorUserId) }] : [{ text: 'Mewayz' }];
  if (e.actorTokenId)
    actor.push({ text: ` (with the API token “${look.tokenNames[e.actorTokenId] ?? 'deleted'}”)` });
  const siteId = e.targetType === 'site' ? e.targetId : str('siteId') || null;
  const site = siteId ? look.sites[siteId] : undefined;
  const sitePart: Part = site
    ? site.deleted
      ? { text: `${site.name} (deleted)` }
      : { text: site.name, href: `/sites/${siteId}` }
    : { text: str('slug') || 'a site' };
  const member: Part = { text: person(e.targetType === 'user' ? e.targetId : null), href: '/members' };
  const token: Part = {
    text: `“${(e.targetId && look.tokenNames[e.targetId]) || str('name') || 'a token'}”`,
    href: '/tokens',
  };
  const productId = e.targetType === 'product' ? e.targetId : str('productId') || null;
  const product = productId ? look.products[productId] : undefined;
  const productPart: Part = product
    ? product.deleted
      ? { text: `${product.name} (deleted)` }
      : { text: product.name, href: `/products/${productId}` }
    : { text: str('slug') || 'a product' };
  const order: Part = e.targetId
    ? { text: `order ${e.targetId.slice(-8).toUpperCase()}`, href: `/orders/${e.targetId}` }
    : { text: 'an order' };
  const category: Part = {
    text: str('slug') ? `“${str('slug')}”` : 'a category',
    href: '/products/categories',
  };
  const t = (text: string): Part => ({ text });
  const rest: Part[] = (() => {
    switch (e.action) {
      case 'site.created':
        return [t(' created the site '), sitePart];
      case 'site.updated':
        return [t(' changed the settings of '), sitePart];
      case 'site.deleted':
        return [t(' deleted the site '), sitePart];
      case 'site.published':
        return [
          t(' published '),
          sitePart,
          t(typeof m.version === 'number' ? ` (version ${m.version})` : ''),
        ];
      case 'site.rolled_back':
        return [
          t(' restored version '),
          t(String(m.restoredFrom ?? '?')),
          t(' of '),
          sitePart,
          t(typeof m.version === 'number' ? ` (as version ${m.version})` : ''),
        ];
      case 'page.created':
        return [t(` added the page /${str('slug')} to `), sitePart];
      case 'page.updated':
        return [t(' edited a page of '), sitePart];
      case 'page.deleted':
        return [t(` removed the page /${str('slug')} from `), sitePart];
      case 'section.created':
        return [
          t(` added ${str('kind') ? `a ${str('kind').replace('_', ' ')}` : 'a'} section to `),
          sitePart,
        ];
      case 'section.updated':
        return [t(' edited a section on '), sitePart];
      case 'section.deleted':
        return [t(' removed a section from '), sitePart];
      case 'sections.reordered':
        return [t(' reordered the sections of a page on '), sitePart];
      case 'block.created':
        return [t(` added ${str('type') ? `a ${str('type')}` : 'a'} block to `), sitePart];
      case 'block.updated':
        return [t(' edited a block on '), sitePart];
      case 'block.deleted':
        return [t(' removed a block from '), sitePart];
      case 'blocks.reordered':
        return [t(' reordered the blocks of '), sitePart];
      case 'link.created':
        return [t(' created the short link '), { text: `/${str('code')}`, href: '/links' }];
      case 'link.updated':
        return [t(' edited a '), { text: 'short link', href: '/links' }];
      case 'link.deleted':
        return [t(' deleted the short link '), { text: `/${str('code')}`, href: '/links' }];
      case 'domain.added':
        return [t(' added the domain '), { text: str('hostname'), href: '/domains' }];
      case 'domain.verified':
        return [t(' verified the domain '), { text: str('hostname'), href: '/domains' }];
      case 'domain.verification_failed':
        return [
          t(' checked the domain '),
          { text: str('hostname'), href: '/domains' },
          t(': not verified yet'),
        ];
      case 'domain.removed':
        return [t(' removed the domain '), { text: str('hostname') }];
      case 'member.added':
        return [t(' added '), member, t(` as ${roleLabel(str('role'))}`)];
      case 'member.role_changed':
        return [
          t(' changed '),
          member,
          t(`’s role from ${roleLabel(str('from'))} to ${roleLabel(str('to'))}`),
        ];
      case 'member.removed':
        return [t(' removed '), member, t(` (${roleLabel(str('role'))})`)];
      case 'member.left':
        return [t(' left the workspace')];
      case 'invitation.created':
        return [t(' invited '), { text: str('email'), href: '/members' }, t(` as ${roleLabel(str('role'))}`)];
      case 'invitation.revoked':
        return [t(' withdrew an '), { text: 'invitation', href: '/members' }];
      case 'invitation.accepted':
        return [t(` accepted an invitation and joined as ${roleLabel(str('role'))}`)];
      case 'token.created':
        return [t(' created the API token '), token];
      case 'token.revoked':
        return [t(' revoked the API token '), token];
      case 'product.created':
        return [t(` created the ${kindWords[str('kind')] ?? 'product'} `), productPart];
      case 'product.updated':
        return [t(' edited the product '), productPart];
      case 'product.deleted':
        return [t(' deleted the product '), productPart];
      case 'product.variant_created':
        return [t(' added a variant to '), productPart];
      case 'product.variant_updated':
        return [t(' edited a variant of '), productPart];
      case 'product.variant_deleted':
        return [t(' removed a variant of '), productPart];
      case 'product.image_added':
        return [t(' added an image to '), productPart];
      case 'product.image_updated':
        return [t(' edited an image of '), productPart];
      case 'product.image_removed':
        return [t(' removed an image of '), productPart];
      case 'product.images_reordered':
        return [t(' reordered the images of '), productPart];
      case 'product.variants_reordered':
        return [t(' reordered the variants of '), productPart];
      case 'category.created':
        return [t(' created the category '), category];
      case 'category.updated':
        return [t(' edited the category '), category];
      case 'category.deleted':
        return [t(' deleted the category '), category];
      case 'category.reordered':
        return [t(' reordered the '), { text: 'categories', href: '/products/categories' }];
      case 'order.refund_requested':
        return [t(' asked Stripe to refund '), order];
      case 'order.fulfilled':
        return [t(' marked '), order, t(' fulfilled')];
      case 'payouts.account_created':
        return [t(' started setting up '), { text: 'payouts', href: '/orders' }];
      case 'organization.created':
        return [t(' created the workspace')];
      case 'organization.updated':
        return [t(' changed the workspace settings')];
      default:
        return [t(` did “${e.action}”`)];
    }
  })();
  return [...actor, ...rest].filter((p) => p.text !== '');
}

/** The audit page's data: one page of entries as sentences, the filters, and who can be filtered by. */
export async function auditPage(
  context: Parameters<typeof depsOf>[0],
  scope: TenantScope,
  query: AuditQuery,
  page: { page: number; perPage: number },
) {
  const deps = depsOf(context);
  const to = query.to ? new Date(`${query.to}T00:00:00Z`) : undefined;
  if (to) to.setUTCDate(to.getUTCDate() + 1);
  const [found, actors] = await Promise.all([
    listAuditLog(
      deps,
      scope,
      {
        actorUserId: query.who,
        action: query.what,
        from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
        to,
      },
      page,
    ),
    auditActors(deps, scope),
  ]);
  return {
    entries: found.items.map((e) => ({
      id: e.id,
      action: e.action,
      createdAt: e.createdAt,
      parts: describeAuditEntry(e, found),
    })),
    total: found.total,
    actors: actors.map((a) => ({ id: a.id, name: a.name || a.email })),
  };
}
