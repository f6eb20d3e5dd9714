import type { ConsentStatus } from '@mewayz/contracts';
import { Badge } from './ui.tsx';

export const consentLabel: Record<ConsentStatus, string> = {
  subscribed: 'Subscribed',
  pending: 'To confirm',
  not_subscribed: 'Not subscribed',
  unsubscribed: 'Unsubscribed',
  bounced: 'Bounced',
  complained: 'Complained',
};

const tones = {
  subscribed: 'green',
  pending: 'indigo',
  not_subscribed: 'slate',
  unsubscribed: 'slate',
  bounced: 'amber',
  complained: 'red',
} as const;

export function ConsentBadge({ status }: { status: ConsentStatus }) {
  return <Badge tone={tones[status]}>{consentLabel[status]}</Badge>;
}
