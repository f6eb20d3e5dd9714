export {
  accountView,
  adapters,
  availableNetworks,
  disconnectSocialAccount,
  finishSocialConnect,
  listSocialAccounts,
  type SocialAccountView,
  type SocialDeps,
  startSocialConnect,
} from './accounts.ts';
export * from './adapters/adapter.ts';
export { blueskyClientMetadata, newTid } from './adapters/bluesky.ts';
export * from './errors.ts';
export {
  bestTimesSettleMs,
  bestTimesWindowDays,
  defaultInsightsZone,
  nextSlotStart,
  type SocialAccountInsights,
  type SocialBestTimes,
  socialAccountInsights,
  socialBestTimes,
  socialInsights,
  zoneOffsets,
} from './insights.ts';
export {
  cancelSocialPost,
  confirmSocialTarget,
  createSocialPost,
  getSocialPost,
  listSocialPosts,
  type SocialPostView,
  type SocialPublishMessage,
  type SocialPublishQueue,
  scheduleSocialPost,
  textFor,
} from './posts.ts';
export {
  attemptTarget,
  backoffSeconds,
  leaseMs,
  maxAttempts,
  type PublishOutcome,
  renewExpiringTokens,
  runSocialCron,
  syncSocialStats,
  tokenKeepAliveMs,
} from './publish.ts';
export { type SocialSettings, socialSettingsOf } from './settings.ts';
