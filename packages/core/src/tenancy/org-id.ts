declare const orgIdBrand: unique symbol;

/**
 * An organization id that came from a trusted place: host resolution at the edge or an
 * authenticated principal (API token, dashboard session). Handlers cannot build one from
 * request input, so they cannot scope data to a tenant they read off the wire.
 */
export type OrgId = string & { readonly [orgIdBrand]: true };

/**
 * Mint an OrgId. Only the modules that establish trust call this (sites/resolve-host,
 * identity/authenticate, the admin entry point); lint forbids importing it anywhere else.
 */
export function trustOrgId(id: string): OrgId {
  return id as OrgId;
}
