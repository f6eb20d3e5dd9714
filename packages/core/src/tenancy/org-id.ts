declare const orgIdBrand: unique symbol;

/**
 * An organization id that came from a trusted place: host resolution at the edge or an
 * authenticated principal (API token, dashboard session). Handlers cannot build one from
 * request input, so they cannot scope data to a tenant they read off the wire.
 */
export type OrgId = string & { readonly [orgIdBrand]: true };

/**
 * Mint an OrgId. Only the core modules that establish trust call this: the host lookup behind a
 * published snapshot (`sites/load-for-host.ts`), an authenticated API token (`tokens/api-tokens.ts`),
 * a signed-in member's workspace and an accepted invitation (`organizations/`). Outside core it is
 * exported only by the admin entry point, which lint keeps out of the Workers and the dashboard
 * (`packages/core/test/data-boundary.test.ts`).
 */
export function trustOrgId(id: string): OrgId {
  return id as OrgId;
}
