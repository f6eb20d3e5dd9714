export * as aiService from './ai/index.ts';
export { type AiSettings, aiSettingsOf } from './ai/settings.ts';
export { blockClicks } from './analytics/block-clicks.ts';
export {
  addFigures,
  type FigureKey,
  type Figures,
  figureKeys,
  figures as analyticsFigures,
} from './analytics/definitions.ts';
export {
  type AnalyticsEvent,
  type AnalyticsEventInput,
  analyticsEventSchema,
  type EventBundle,
  eventsOfMessage,
  maxEventsPerBundle,
} from './analytics/event.ts';
export * as analyticsQueries from './analytics/queries.ts';
export { reportCsv as analyticsReportCsv } from './analytics/report-csv.ts';
export {
  type AuditFilter,
  type AuditPerson,
  type AuditRow,
  auditActors,
  listAuditLog,
} from './audit/list.ts';
export { recordAudit } from './audit/record.ts';
export * as blogService from './blog/index.ts';
export * as bookingsService from './bookings/index.ts';
export {
  type EdgeInternalOptions,
  edgeContactImportQueue,
  edgePurger,
  edgeWebhookDispatch,
} from './cache/edge-purger.ts';
export { pointerReuseMs } from './cache/go-live.ts';
export type { EmailEngagementInput } from './campaigns/engagement-message.ts';
export * as campaignsService from './campaigns/index.ts';
export type { CampaignBatchMessage } from './campaigns/sending.ts';
export type { TrackingClaims } from './campaigns/tracking-tokens.ts';
export * as commerceService from './commerce/index.ts';
export {
  assertMoney,
  formatMoney,
  isValidAmount,
  minorUnitExponent,
  toDecimalString,
} from './commerce/money.ts';
export type { StripeEventMessage } from './commerce/stripe-events.ts';
export * as coursesService from './courses/index.ts';
export { type SignupOutcome, subscribeContact } from './crm/contacts.ts';
export {
  type ContactImportMessage,
  type ContactImportQueue,
  queueOfImports,
} from './crm/import/contact-import.ts';
export * as crmService from './crm/index.ts';
export { confirmSignup, sendSignupConfirmation } from './crm/signup-confirmation.ts';
export { sha256Hex, timingSafeEqual } from './crypto/hash.ts';
export * as crypto from './crypto/index.ts';
export { randomToken } from './crypto/random.ts';
export { createSecretBox, type SecretBox } from './crypto/secret-box.ts';
export { createDb, type Db } from './data/db.ts';
export { isDuplicateKey } from './data/mysql-errors.ts';
export { createRedis, type Redis } from './data/redis.ts';
export * from './deps.ts';
export { type CustomHostnames, customHostnamesFromVars } from './domains/custom-hostnames.ts';
export * as domainsService from './domains/index.ts';
export {
  type DnsResolver,
  dohResolver,
  fakeResolver,
  setFakeCnameRecord,
  setFakeTxtRecords,
  type TxtResolver,
} from './domains/resolvers.ts';
export * as email from './email/index.ts';
export type { EmailMessage, Mailer } from './email/mailer.ts';
export * from './errors.ts';
export type { IdentityDeps, RequestContext } from './identity/identity-deps.ts';
export * as identity from './identity/index.ts';
export {
  createSession,
  destroyAllSessions,
  destroySession,
  getSession,
  rotateSession,
  type Session,
} from './identity/sessions.ts';
export * from './ids.ts';
export {
  lookupShortLink,
  type ShortLinkTarget,
  shortLinkKey,
} from './links/lookup.ts';
export * as linksService from './links/service.ts';
export type { MediaBucket } from './media/bucket.ts';
export { extensionOf, safeFileName, sniffImage, sniffVideo } from './media/file-types.ts';
export { mp4DurationSeconds } from './media/mp4.ts';
export * as organizationsService from './organizations/index.ts';
export { type InvitationDetails, invitationDetails } from './organizations/invitation-details.ts';
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
export { createLogger, type Logger, type LogLevel, silentLogger } from './platform/logger.ts';
export {
  buildPlatformDeps,
  memoizedPlatformDeps,
  type PlatformDeps,
  platformConfigOf,
} from './platform/platform-deps.ts';
export {
  ConfigurationError,
  isPlaceholderSecret,
  type PlatformEnvVars,
  type PlatformVars,
  parsePlatformVars,
  platformVarsSchema,
  requiredVars,
  type VarsOf,
  type WorkerKind,
} from './platform/vars.ts';
export * as sendingDomainsService from './sending-domains/index.ts';
export * as sequencesService from './sequences/index.ts';
export { classifyHost, type HostKind, normalizeHostname } from './sites/hostname.ts';
export { loadSnapshotForHost, type SnapshotSource, scopeOfSnapshot } from './sites/load-for-host.ts';
export * as sitesService from './sites/service.ts';
export { missingPointer, readPointer, snapshotPointer } from './sites/snapshot-store.ts';
export type { BlockView, SiteView } from './sites/views.ts';
export * as socialService from './social/index.ts';
export type { SocialPublishMessage, SocialPublishQueue } from './social/posts.ts';
export type { OrgId } from './tenancy/org-id.ts';
export { forTenant, TenantScope } from './tenancy/scope.ts';
export type { TokenPrincipal } from './tokens/api-tokens.ts';
export * as tokensService from './tokens/index.ts';
export * as webhooksService from './webhooks/index.ts';
export {
  maxQueueDelaySeconds,
  queueDispatch,
  signOne,
  verifyWebhook,
  type WebhookQueue,
  type WebhookQueueMessage,
  type WebhookSettings,
} from './webhooks/index.ts';
