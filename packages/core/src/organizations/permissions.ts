import { type Role, roles } from '@mewayz/db/schema';

/**
 * The one table of roles → permissions. The first entries of each role are the product spec's
 * (`super_admin: *`, `admin: users.manage, sites.manage, analytics.view`, …); the rest extend it to
 * members, tokens, domains and links with the same naming.
 */
export const permissions = [
  'organization.view',
  'organization.manage',
  'users.view',
  'users.manage',
  'sites.view',
  'sites.edit',
  'sites.manage',
  'content.view',
  'content.manage',
  'links.view',
  'links.manage',
  'domains.view',
  'domains.manage',
  'analytics.view',
  'tokens.view',
  'tokens.manage',
  'webhooks.view',
  'webhooks.manage',
  'commerce.view',
  'commerce.manage',
  'crm.view',
  'crm.manage',
  'bookings.view',
  'bookings.manage',
  'profile.manage',
  'own_content.manage',
] as const;
export type Permission = (typeof permissions)[number];

export const rolePermissions: Record<Role, readonly ('*' | Permission)[]> = {
  super_admin: ['*'],
  admin: [
    'users.manage',
    'sites.manage',
    'analytics.view',
    'users.view',
    'sites.edit',
    'sites.view',
    'content.manage',
    'content.view',
    'links.manage',
    'links.view',
    'domains.manage',
    'domains.view',
    'tokens.manage',
    'tokens.view',
    'webhooks.manage',
    'webhooks.view',
    'commerce.manage',
    'commerce.view',
    'crm.manage',
    'crm.view',
    'bookings.manage',
    'bookings.view',
    'organization.manage',
    'organization.view',
    'profile.manage',
  ],
  manager: [
    'sites.manage',
    'analytics.view',
    'sites.edit',
    'sites.view',
    'content.manage',
    'content.view',
    'links.manage',
    'links.view',
    'domains.manage',
    'domains.view',
    'tokens.manage',
    'tokens.view',
    'webhooks.manage',
    'webhooks.view',
    'commerce.manage',
    'commerce.view',
    'crm.manage',
    'crm.view',
    'bookings.manage',
    'bookings.view',
    'users.view',
    'organization.view',
    'profile.manage',
  ],
  editor: [
    'sites.edit',
    'content.manage',
    'sites.view',
    'content.view',
    'links.manage',
    'links.view',
    'commerce.manage',
    'commerce.view',
    'crm.manage',
    'crm.view',
    'bookings.manage',
    'bookings.view',
    'domains.view',
    'users.view',
    'organization.view',
    'profile.manage',
  ],
  viewer: [
    'analytics.view',
    'content.view',
    'sites.view',
    'links.view',
    'commerce.view',
    'bookings.view',
    'domains.view',
    'users.view',
    'organization.view',
    'profile.manage',
  ],
  user: ['profile.manage', 'own_content.manage', 'organization.view'],
};

/** Whether `role` grants `permission`. */
export function roleCan(role: Role, permission: Permission): boolean {
  const granted = rolePermissions[role];
  return granted.includes('*') || granted.includes(permission);
}

/** Roles from most to least powerful; a member may only hand out roles at or below their own. */
export const roleRank: Record<Role, number> = {
  super_admin: 5,
  admin: 4,
  manager: 3,
  editor: 2,
  viewer: 1,
  user: 0,
};

/**
 * The hierarchy rule shared by members, invitations and tokens: one may act on (change, remove,
 * revoke) a member, invitation or token whose role is at most one's own — never above it.
 */
export function mayActOn(actorRole: Role, targetRole: Role): boolean {
  return roleRank[targetRole] <= roleRank[actorRole];
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Roles that can administer members: an organization always keeps at least one of them. */
export const ownerRoles: readonly Role[] = ['super_admin', 'admin'];

/** API token scopes and the permission each needs from the token's creator. */
export const scopePermissions = {
  'organization:write': 'organization.manage',
  'members:read': 'users.view',
  'members:write': 'users.manage',
  'sites:read': 'sites.view',
  'sites:write': 'sites.edit',
  'links:read': 'links.view',
  'links:write': 'links.manage',
  'domains:read': 'domains.view',
  'domains:write': 'domains.manage',
  'analytics:read': 'analytics.view',
  'tokens:read': 'tokens.view',
  'tokens:write': 'tokens.manage',
  'webhooks:read': 'webhooks.view',
  'webhooks:write': 'webhooks.manage',
  'commerce:read': 'commerce.view',
  'commerce:write': 'commerce.manage',
  // Writing with AI spends the workspace's budget on drafts for its content: who may edit sites.
  'ai:read': 'sites.view',
  'ai:write': 'sites.edit',
  'crm:read': 'crm.view',
  'crm:write': 'crm.manage',
  // Courses are things the workspace sells: whoever manages the catalog manages them.
  'courses:read': 'commerce.view',
  'courses:write': 'commerce.manage',
  'bookings:read': 'bookings.view',
  'bookings:write': 'bookings.manage',
  // Campaigns mail the CRM's audience: who may manage contacts may mail them.
  'campaigns:read': 'crm.view',
  'campaigns:write': 'crm.manage',
  // Posting to the workspace's social accounts speaks for it in public: who may manage its content.
  'social:read': 'content.view',
  'social:write': 'content.manage',
} as const satisfies Record<string, Permission>;
export type Scope = keyof typeof scopePermissions;
export const allScopes = Object.keys(scopePermissions) as Scope[];

export function isScope(value: string): value is Scope {
  return Object.hasOwn(scopePermissions, value);
}

/** The scopes a member with `role` may hold on a token (a token never exceeds its creator). */
export function scopesForRole(role: Role): Scope[] {
  return allScopes.filter((s) => roleCan(role, scopePermissions[s]));
}
