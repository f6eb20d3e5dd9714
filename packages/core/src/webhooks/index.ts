export {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  deliveryView,
  endpointView,
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  listWebhookEventTypes,
  maxEndpointsPerOrganization,
  previousSecretGraceMs,
  redeliverWebhook,
  rotateWebhookSecret,
  updateWebhookEndpoint,
  type WebhookDeliveryView,
  type WebhookDeps,
  type WebhookEndpointView,
} from './endpoints.ts';
export { dispatchWebhooks, type EmitWebhook, transactionWithEvents } from './outbox.ts';
export {
  defaultWebhookSettings,
  maxQueueDelaySeconds,
  queueDispatch,
  type WebhookDispatch,
  type WebhookQueue,
  type WebhookQueueMessage,
  type WebhookSettings,
} from './runtime.ts';
export { defaultRetrySchedule, nextRetryDelay, parseRetrySchedule, scheduleSpanSeconds } from './schedule.ts';
export { newWebhookSecret, signedHeaders, signOne, verifyWebhook } from './signature.ts';
export { isInternalHost, webhookUrlProblem } from './url-policy.ts';
