export * from './deps.ts';
export * from './errors.ts';
export * from './ids.ts';
export { createDb, type Db } from './data/db.ts';
export { createRedis, type Redis } from './data/redis.ts';
export { isDuplicateKey } from './data/mysql-errors.ts';
export type { OrgId } from './tenancy/org-id.ts';
export { forTenant, TenantScope } from './tenancy/scope.ts';
export { recordAudit } from './audit/record.ts';
export * as sitesService from './sites/service.ts';
export { classifyHost, normalizeHostname, type HostKind } from './sites/hostname.ts';
export { loadSnapshotForHost, scopeOfSnapshot, type SnapshotSource } from './sites/load-for-host.ts';
export { missingPointer, readPointer, snapshotPointer } from './sites/snapshot-store.ts';
export { subscribeContact } from './crm/contacts.ts';
export type { SiteView, BlockView } from './sites/views.ts';
export { analyticsEventSchema, type AnalyticsEvent } from './analytics/event.ts';
export { cacheShortLink, lookupShortLink, shortLinkKey, type ShortLinkTarget, uncacheShortLink } from './links/lookup.ts';
export { edgePurger } from './cache/edge-purger.ts';
export * as crypto from './crypto/index.ts';
export { createSecretBox, type SecretBox } from './crypto/secret-box.ts';
export { sha256Hex, timingSafeEqual } from './crypto/hash.ts';
export { randomToken } from './crypto/random.ts';
export * as identity from './identity/index.ts';
export type { IdentityDeps, RequestContext } from './identity/identity-deps.ts';
export {
  createSession,
  destroyAllSessions,
  destroySession,
  getSession,
  rotateSession,
  type Session,
} from './identity/sessions.ts';
export * as organizationsService from './organizations/index.ts';
export {
  allScopes,
  isRole,
  isScope,
  type Permission,
  roleCan,
  rolePermissions,
  type Scope,
  scopePermissions,
  scopesForRole,
} from './organizations/permissions.ts';
export * as tokensService from './tokens/index.ts';
export type { TokenPrincipal } from './tokens/api-tokens.ts';
export * as email from './email/index.ts';
export type { EmailMessage, Mailer } from './email/mailer.ts';
export * as domainsService from './domains/index.ts';
export { dohResolver, fakeResolver, setFakeTxtRecords, type TxtResolver } from './domains/resolvers.ts';
export * as linksService from './links/service.ts';
export * as analyticsQueries from './analytics/queries.ts';
