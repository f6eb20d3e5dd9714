import type { CampaignStatus } from '@mewayz/contracts';
import { Link, NavLink } from '@remix-run/react';
import { Badge, cx } from '../ui.tsx';

export const campaignStatusLabel: Record<CampaignStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  sending: 'Sending',
  paused: 'Paused',
  sent: 'Sent',
  canceled: 'Canceled',
};

const tones = {
  draft: 'slate',
  scheduled: 'indigo',
  sending: 'amber',
  paused: 'amber',
  sent: 'green',
  canceled: 'red',
} as const;

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <Badge tone={tones[status]}>{campaignStatusLabel[status]}</Badge>;
}

/** Campaigns and their templates are one area: two tabs above either list. */
export function CampaignTabs() {
  const tab = ({ isActive }: { isActive: boolean }) =>
    cx(
      'rounded-md px-3 py-1.5 text-sm font-semibold',
      isActive
        ? 'bg-white text-slate-900 shadow-sm ring-1 ring-slate-200'
        : 'text-slate-600 hover:text-slate-900',
    );
  return (
    <nav aria-label="Email marketing" className="mb-5 inline-flex gap-1 rounded-lg bg-slate-100 p-1">
      <NavLink to="/campaigns" end className={tab}>
        Campaigns
      </NavLink>
      <NavLink to="/campaigns/templates" className={tab}>
        Templates
      </NavLink>
    </nav>
  );
}

/** The way back to a list, above a page of this area. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <p className="mb-2 text-sm">
      <Link to={to} className="font-semibold text-indigo-700 hover:underline">
        ← {children}
      </Link>
    </p>
  );
}
