export * from './arrange.ts';
export * from './availability.ts';
export * from './categories.ts';
export * from './checkout.ts';
export * from './downloads.ts';
export * from './order-state.ts';
export * from './orders.ts';
export * from './payments.ts';
export * from './payouts.ts';
export * from './products.ts';
export * from './sales.ts';
export * from './shipping.ts';
export * from './storefront.ts';
export {
  EventNotReady,
  type ReceivedEvent,
  receiveStripeEvent,
  type StripeEventMessage,
} from './stripe-events.ts';
export * from './variants.ts';
