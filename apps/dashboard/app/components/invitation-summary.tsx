import type { InvitationDetails } from '@mewayz/core';
import { roleDescription, roleLabel } from '../lib/roles.ts';

const closed = {
  accepted: 'This invitation was already used.',
  revoked: 'This invitation was withdrawn.',
  expired: 'This invitation has expired. Ask for a new one.',
} as const;

/** What an invitation offers: the workspace, the role and what it may do, and who sent it. */
export function InvitationSummary({ invitation }: { invitation: InvitationDetails }) {
  return (
    <section
      aria-label="Invitation"
      data-testid="invitation-summary"
      className="rounded-xl bg-white/70 p-4 text-sm text-slate-700 ring-1 ring-indigo-200"
    >
      <p>
        {invitation.invitedBy ? (
          <>
            <strong className="font-semibold text-slate-900">{invitation.invitedBy.name}</strong> (
            <span className="break-all">{invitation.invitedBy.email}</span>) invited{' '}
          </>
        ) : (
          'You were invited: '
        )}
        <span className="break-all">{invitation.email}</span> to join{' '}
        <strong className="font-semibold text-slate-900">{invitation.organizationName}</strong> as{' '}
        <strong className="font-semibold text-slate-900">{roleLabel(invitation.role)}</strong>.
      </p>
      <p className="mt-1 text-slate-600">
        {roleLabel(invitation.role)}: {roleDescription(invitation.role)}
      </p>
      {invitation.status !== 'pending' ? (
        <p className="mt-2 font-medium text-red-700">{closed[invitation.status]}</p>
      ) : null}
    </section>
  );
}
