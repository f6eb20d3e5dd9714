import type { orderStatusValues } from '@mewayz/db/schema';
import { Conflict } from '../errors.ts';

export type OrderStatus = (typeof orderStatusValues)[number];

/**
 * Which status an order may move to from each status. `pending` ends paid or cancelled; a paid order
 * is fulfilled, refunded (in part, then fully) or disputed; `refunded` and `cancelled` are final. A
 * partial refund may follow another (`partially_refunded` → itself), and a disputed order can still be
 * refunded, or go back to where it was when the seller wins the dispute. Anything else is refused, so a
 * late or replayed webhook cannot walk an order backwards.
 */
const transitions: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ['paid', 'cancelled'],
  paid: ['fulfilled', 'partially_refunded', 'refunded', 'disputed'],
  fulfilled: ['partially_refunded', 'refunded', 'disputed'],
  partially_refunded: ['partially_refunded', 'refunded', 'fulfilled', 'disputed'],
  disputed: ['paid', 'fulfilled', 'partially_refunded', 'refunded'],
  refunded: [],
  cancelled: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return transitions[from].includes(to);
}

/** 409 `illegal_transition` unless `from` → `to` is allowed. */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to))
    throw new Conflict(`An order that is ${from.replace('_', ' ')} cannot become ${to.replace('_', ' ')}.`, [
      { path: 'status', message: `not allowed from ${from}`, code: 'illegal_transition' },
    ]);
}

/** Statuses in which the buyer has paid and money can still be refunded. */
export const refundableStatuses: readonly OrderStatus[] = [
  'paid',
  'fulfilled',
  'partially_refunded',
  'disputed',
];

/** The status a refund total leads to: refunded when nothing is left, else partially refunded. */
export function statusAfterRefund(total: number, refundedTotal: number): OrderStatus {
  return refundedTotal >= total ? 'refunded' : 'partially_refunded';
}
