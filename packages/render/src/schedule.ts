/** The scheduling fields every block carries (ISO-8601 instants; null = open-ended). */
export interface Scheduled {
  startsAt: string | null;
  endsAt: string | null;
}

function instant(value: string | null): number | null | 'invalid' {
  if (value === null || value === undefined) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? 'invalid' : t;
}

/**
 * Whether a block is shown at `now`: within [startsAt, endsAt). A timestamp that does not parse hides the
 * block — failing closed keeps an embargoed block hidden rather than showing it early.
 */
export function isVisibleAt(block: Scheduled, now: Date): boolean {
  const start = instant(block.startsAt);
  const end = instant(block.endsAt);
  if (start === 'invalid' || end === 'invalid') return false;
  const t = now.getTime();
  return (start === null || t >= start) && (end === null || t < end);
}

/** The earliest startsAt/endsAt strictly after `now` among `blocks`, or null when nothing will change. */
export function nextScheduleChange(blocks: readonly Scheduled[], now: Date): Date | null {
  const t = now.getTime();
  let next: number | null = null;
  for (const block of blocks) {
    for (const value of [block.startsAt, block.endsAt]) {
      const at = instant(value);
      if (typeof at === 'number' && at > t && (next === null || at < next)) next = at;
    }
  }
  return next === null ? null : new Date(next);
}
