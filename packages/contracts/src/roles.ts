/** The six roles of the product spec (the database column holds one of these). */
export const roles = ['super_admin', 'admin', 'manager', 'editor', 'viewer', 'user'] as const;
export type Role = (typeof roles)[number];
