import type { ContactImportStatus } from '@mewayz/contracts';
import { Badge } from '../ui.tsx';

const labels: Record<ContactImportStatus, string> = {
  draft: 'Choose columns',
  queued: 'Queued',
  running: 'Importing',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
const tones = {
  draft: 'indigo',
  queued: 'slate',
  running: 'amber',
  done: 'green',
  failed: 'red',
  cancelled: 'slate',
} as const;

export function ImportStatusBadge({ status }: { status: ContactImportStatus }) {
  return <Badge tone={tones[status]}>{labels[status]}</Badge>;
}

/** Whether the jobs Worker still has chunks of it to apply (the progress view keeps refreshing). */
export const importInFlight = (status: ContactImportStatus) => status === 'queued' || status === 'running';
