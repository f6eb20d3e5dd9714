import { Link } from '@remix-run/react';

/**
 * Social insights pieces: a daily sparkline drawn on the server as SVG (no chart library, with a text
 * alternative), how a weekday × hour slot reads, and the composer's best-time hint.
 */

const fmt = new Intl.NumberFormat('en');
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const pad = (n: number) => String(n).padStart(2, '0');

export interface BestSlot {
  weekday: number;
  hour: number;
  score: number;
  posts: number;
}

/** "Thu 18:00–19:00" (the hour is the creator's zone's). */
export function slotLabel(slot: { weekday: number; hour: number }) {
  return `${weekdays[slot.weekday]} ${pad(slot.hour)}:00–${pad((slot.hour + 1) % 24)}:00`;
}

/** `2026-12-10T18:00` → "Thu 10 Dec, 18:00" (a wall time already in the creator's zone). */
export function localLabel(local: string) {
  const d = new Date(`${local.slice(0, 10)}T00:00:00Z`);
  const day = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(d);
  return `${day}, ${local.slice(11, 16)}`;
}

/** Engagement per day as small bars; the busiest day sets the height. */
export function Sparkline({
  points,
  label,
}: {
  points: { day: string; engagement: number }[];
  label: string;
}) {
  const w = 240;
  const h = 40;
  const max = Math.max(1, ...points.map((p) => p.engagement));
  const slot = w / Math.max(1, points.length);
  const bar = Math.max(1, slot * 0.7);
  const total = points.reduce((s, p) => s + p.engagement, 0);
  const busiest = points.reduce((b, p) => (p.engagement > b.engagement ? p : b), points[0]!);
  const summary =
    total === 0
      ? `${label}: no engagement in these ${points.length} days`
      : `${label}: ${fmt.format(total)} over ${points.length} days, most on ${busiest.day} (${fmt.format(busiest.engagement)})`;
  return (
    <svg
      viewBox={`0 0 ${w} ${h}`}
      className="h-10 w-full max-w-60"
      role="img"
      aria-label={summary}
      preserveAspectRatio="none"
      data-testid="sparkline"
    >
      <title>{summary}</title>
      <line x1="0" x2={w} y1={h - 0.5} y2={h - 0.5} stroke="#e2e8f0" />
      {points.map((p, i) => {
        const bh = p.engagement === 0 ? 0 : Math.max(2, ((h - 2) * p.engagement) / max);
        return (
          <rect
            key={p.day}
            x={i * slot + (slot - bar) / 2}
            y={h - 1 - bh}
            width={bar}
            height={bh}
            rx="1"
            fill="#4f46e5"
          >
            <title>{`${p.day}: ${fmt.format(p.engagement)}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}

/**
 * Under the composer's schedule: the best slot of the creator's own history and a link that picks
 * its next start. The link is a plain address (`?when=later&at=…`, read by the page's loader), so it
 * works without JavaScript; with it, `onUse` fills the form in place.
 */
export function BestTimeHint({
  best,
  onUse,
}: {
  best:
    | { status: 'ok'; slot: BestSlot | null; next: { local: string } | null }
    | { status: 'not_enough_history'; posts: number; minimumPosts: number };
  onUse: (local: string) => void;
}) {
  if (best.status === 'not_enough_history')
    return (
      <p className="text-xs text-slate-600" data-testid="best-time-hint">
        Best times to post show up after {best.minimumPosts} published posts ({best.posts} so far).
      </p>
    );
  if (!best.slot || !best.next) return null;
  const next = best.next;
  return (
    <p className="text-xs text-slate-700" data-testid="best-time-hint">
      Your posts do best <strong className="font-semibold text-slate-900">{slotLabel(best.slot)}</strong> (
      {best.slot.score}× your usual engagement, {best.slot.posts} posts).{' '}
      <Link
        to={`?${new URLSearchParams({ when: 'later', at: next.local })}#compose`}
        preventScrollReset
        className="font-medium text-indigo-700 underline"
        onClick={(e) => {
          e.preventDefault();
          onUse(next.local);
        }}
      >
        Use {localLabel(next.local)}
      </Link>{' '}
      ·{' '}
      <Link to="/social/insights" className="text-indigo-700 underline">
        insights
      </Link>
    </p>
  );
}
