import type { OrderStatusName } from '@mewayz/contracts';
import { Badge } from './ui.tsx';

export const orderStatusLabel: Record<OrderStatusName, string> = {
  pending: 'Awaiting payment',
  paid: 'Paid',
  fulfilled: 'Fulfilled',
  partially_refunded: 'Partly refunded',
  refunded: 'Refunded',
  disputed: 'Disputed',
  cancelled: 'Cancelled',
};

const tones = {
  pending: 'amber',
  paid: 'green',
  fulfilled: 'indigo',
  partially_refunded: 'amber',
  refunded: 'slate',
  disputed: 'red',
  cancelled: 'slate',
} as const;

export function OrderStatusBadge({ status }: { status: OrderStatusName }) {
  return <Badge tone={tones[status]}>{orderStatusLabel[status]}</Badge>;
}
