import { Badge } from '../ui.tsx';

const looks = {
  confirmed: { tone: 'green', label: 'Confirmed' },
  held: { tone: 'amber', label: 'Awaiting payment' },
  cancelled: { tone: 'red', label: 'Cancelled' },
} as const;

export function BookingStatus({ status }: { status: keyof typeof looks }) {
  const look = looks[status];
  return <Badge tone={look.tone}>{look.label}</Badge>;
}
