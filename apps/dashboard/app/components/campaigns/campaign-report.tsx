import type { CampaignStats } from '@mewayz/contracts';

/** A rate as a percentage with one decimal; "—" while there is nothing to divide by. */
export function rate(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${((part / whole) * 100).toFixed(1)}%`;
}

function Figure({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: number;
  note?: string;
  testId: string;
}) {
  return (
    <div className="min-w-0 rounded-lg bg-slate-50 px-4 py-3 ring-1 ring-slate-200">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums" data-testid={testId}>
        {value.toLocaleString('en-US')}
      </dd>
      {note ? <dd className="text-xs text-slate-600">{note}</dd> : null}
    </div>
  );
}

/** Each figure: its test id, label, value and the note under it (a rate, or what it counts). */
function figuresOf(s: CampaignStats): [string, string, number, string | undefined][] {
  return [
    ['recipients', 'Recipients', s.recipients, undefined],
    [
      'delivered',
      'Delivered',
      s.delivered,
      s.failed ? `${s.failed} failed to send` : rate(s.delivered, s.sent),
    ],
    ['opens', 'Opens', s.opens, rate(s.opens, s.delivered)],
    ['machine-opens', 'Machine opens', s.machineOpens, 'Privacy proxies, scanners'],
    ['clicks', 'Unique clicks', s.uniqueClicks, rate(s.uniqueClicks, s.delivered)],
    ['unsubscribes', 'Unsubscribes', s.unsubscribes, rate(s.unsubscribes, s.delivered)],
    ['bounces', 'Bounces', s.bounces, rate(s.bounces, s.sent)],
    ['complaints', 'Complaints', s.complaints, rate(s.complaints, s.delivered)],
  ];
}

/**
 * A campaign's results from its recipients' rows: opens are people's (machine opens — Apple's
 * privacy proxy, scanners — are counted apart), rates are of delivered emails, bounces of sent ones.
 */
export function CampaignReport({ stats, sending }: { stats: CampaignStats; sending: boolean }) {
  const done = stats.sent + stats.failed;
  return (
    <div className="space-y-4">
      {sending || stats.pending > 0 ? (
        <div>
          <div className="flex justify-between text-sm text-slate-700">
            <span>{sending ? 'Sending…' : 'Not sent yet'}</span>
            <span className="tabular-nums" data-testid="progress">
              {done.toLocaleString('en-US')} of {stats.recipients.toLocaleString('en-US')}
            </span>
          </div>
          <div
            className="mt-1 h-2 overflow-hidden rounded-full bg-slate-100"
            role="progressbar"
            aria-label="Sent so far"
            aria-valuemin={0}
            aria-valuemax={stats.recipients}
            aria-valuenow={done}
          >
            <div
              className="h-full rounded-full bg-indigo-600 transition-all"
              style={{ width: `${stats.recipients ? (done / stats.recipients) * 100 : 0}%` }}
            />
          </div>
        </div>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {figuresOf(stats).map(([testId, label, value, note]) => (
          <Figure key={testId} label={label} value={value} note={note} testId={`stat-${testId}`} />
        ))}
      </dl>
    </div>
  );
}
