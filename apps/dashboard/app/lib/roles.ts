import type { Role } from '@mewayz/contracts';

/**
 * The one table of how roles are named and explained to people: members page, invitations, the
 * invitee's pages and the audit log all read it. The stored codes (`super_admin`, …) never reach
 * the screen. Descriptions follow core's role → permission table.
 */
export const roleInfo: Record<Role, { label: string; description: string }> = {
  super_admin: {
    label: 'Owner',
    description: 'Everything, including workspace settings, the audit log and every member’s role.',
  },
  admin: {
    label: 'Admin',
    description: 'Invites and manages members, and runs sites, links, products, domains and API tokens.',
  },
  manager: {
    label: 'Manager',
    description:
      'Creates and deletes sites, runs links, products, domains and API tokens, sees analytics. No member changes.',
  },
  editor: {
    label: 'Editor',
    description:
      'Edits and publishes existing sites, manages short links and products. Cannot create sites or see analytics.',
  },
  viewer: {
    label: 'Viewer',
    description: 'Sees sites, links, products, domains and analytics, but changes nothing.',
  },
  user: {
    label: 'Guest',
    description: 'Only belongs to the workspace: sees none of its sites, links or analytics.',
  },
};

/** Most to least powerful, the order roles are offered in. */
export const roleOrder: Role[] = ['super_admin', 'admin', 'manager', 'editor', 'viewer', 'user'];

export function roleLabel(role: string): string {
  return (roleInfo as Record<string, { label: string }>)[role]?.label ?? role;
}

export function roleDescription(role: string): string {
  return (roleInfo as Record<string, { description: string }>)[role]?.description ?? '';
}
