export * from './campaigns.ts';
export {
  applyProviderEvent,
  type ProviderEvent,
  recordEngagement,
  unsubscribeByToken,
  type Visit,
} from './engagement.ts';
export {
  claimsOfEngagement,
  type EmailEngagement,
  type EmailEngagementInput,
  emailEngagementSchema,
  engagementOf,
  engagementsOfMessage,
  recordQueuedEngagements,
} from './engagement-message.ts';
export { isAppleProxyAddress, type MachineReason, machineReason } from './machine-opens.ts';
export { applyMergeFields, contactMergeValues, mergeFieldsIn } from './merge-fields.ts';
export { personalize } from './personalize.ts';
export {
  elasticEventOf,
  elasticPostback,
  providerEventOf,
  svixSignature,
  verifyElasticToken,
  verifyProviderWebhook,
} from './provider-webhook.ts';
export { compileEmail } from './render.ts';
export { getSenderSettings, updateSenderSettings } from './sender-settings.ts';
export {
  BATCH_SIZE,
  type BatchResult,
  type CampaignBatchMessage,
  type EnqueueBatches,
  kickCampaign,
  runCampaignCron,
  sendCampaignBatch,
  startCampaign,
} from './sending.ts';
export { type CampaignSettings, campaignSettingsOf } from './settings.ts';
export * from './templates.ts';
export { signTracking, type TrackingClaims, type TrackingKind, verifyTracking } from './tracking-tokens.ts';
