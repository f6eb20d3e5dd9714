import { memberships } from '@mewayz/db/schema';
import { asc, eq } from 'drizzle-orm';
import type { CoreDeps } from '../deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { getMember } from './organizations.ts';

/** The addresses of the organization's owners, oldest membership first (who platform notices go to). */
export async function ownerEmails(deps: CoreDeps, scope: TenantScope): Promise<string[]> {
  const owners = await scope.list(memberships, eq(memberships.role, 'super_admin'), {
    orderBy: asc(memberships.createdAt),
  });
  const emails: string[] = [];
  for (const owner of owners) {
    const member = await getMember(deps, scope, owner.userId).catch(() => null);
    if (member?.email) emails.push(member.email);
  }
  return emails;
}
