import type { AvailabilityInput } from '@mewayz/contracts';
import { availabilityOverrides, availabilityRules, bookingSettings } from '@mewayz/db/schema';
import { asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { sha256Hex } from '../crypto/hash.ts';
import { randomToken } from '../crypto/random.ts';
import { dbOf } from '../data/db-handle.ts';
import { retryingDeadlocks } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { newId } from '../ids.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../tenancy/scope.ts';
import type { CalendarRules, Window } from './slots.ts';

/** The zone a calendar uses until its creator picks one. */
export const defaultTimeZone = 'UTC';

/** Sorted, overlapping and touching windows merged: what the slot computation expects. */
export function normalizeWindows(windows: readonly { start: number; end: number }[]): Window[] {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  const out: Window[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else out.push({ start: w.start, end: w.end });
  }
  return out;
}

/** The calendar as the API and dashboard show it. */
export async function getAvailability(scope: TenantScope): Promise<AvailabilityInput> {
  const rules = await loadCalendarRules(scope);
  return {
    timeZone: rules.timeZone,
    weekly: rules.weekly,
    overrides: [...rules.overrides.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, windows]) => ({ date, windows })),
  };
}

export async function loadCalendarRules(scope: TenantScope): Promise<CalendarRules> {
  const [settings, rules, overrides] = await Promise.all([
    scope.first(bookingSettings),
    scope.list(availabilityRules, undefined, {
      orderBy: [asc(availabilityRules.weekday), asc(availabilityRules.startMinute)],
    }),
    scope.list(availabilityOverrides, undefined, {
      orderBy: [asc(availabilityOverrides.date), asc(availabilityOverrides.startMinute)],
    }),
  ]);
  const weekly: Window[][] = [[], [], [], [], [], [], []];
  for (const r of rules) weekly[r.weekday]?.push({ start: r.startMinute, end: r.endMinute });
  const byDate = new Map<string, Window[]>();
  for (const o of overrides) {
    const list = byDate.get(o.date) ?? [];
    if (o.startMinute !== null && o.endMinute !== null) list.push({ start: o.startMinute, end: o.endMinute });
    byDate.set(o.date, list);
  }
  return { timeZone: settings?.timeZone ?? defaultTimeZone, weekly, overrides: byDate };
}

/** Replace the whole calendar (zone, week, overrides) in one transaction. */
export async function setAvailability(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: AvailabilityInput,
): Promise<AvailabilityInput> {
  const dates = new Set<string>();
  const overrides = input.overrides.filter((o) => {
    if (dates.has(o.date)) return false;
    dates.add(o.date);
    return true;
  });
  // Two workspaces saving their calendars at once can still meet in InnoDB's locks: retried whole.
  await retryingDeadlocks(() =>
    scope.transaction(async (tx) => {
      const existing = await tx.first(bookingSettings);
      if (existing) await tx.update(bookingSettings, { timeZone: input.timeZone });
      else await tx.insert(bookingSettings, { timeZone: input.timeZone });
      // By primary key, never by the organization's index range: an empty range's gap lock would
      // block (and deadlock with) another workspace inserting its own rows next to it.
      const oldRules = (await tx.list(availabilityRules)).map((r) => r.id);
      const oldOverrides = (await tx.list(availabilityOverrides)).map((r) => r.id);
      if (oldRules.length) await tx.hardDelete(availabilityRules, inArray(availabilityRules.id, oldRules));
      if (oldOverrides.length)
        await tx.hardDelete(availabilityOverrides, inArray(availabilityOverrides.id, oldOverrides));
      const ruleRows = input.weekly.flatMap((windows, weekday) =>
        normalizeWindows(windows).map((w) => ({
          id: newId('availabilityRule'),
          weekday,
          startMinute: w.start,
          endMinute: w.end,
        })),
      );
      await tx.insert(availabilityRules, ruleRows);
      type OverrideRow = { id: string; date: string; startMinute: number | null; endMinute: number | null };
      const overrideRows = overrides.flatMap((o): OverrideRow[] => {
        const windows = normalizeWindows(o.windows);
        return windows.length === 0
          ? [{ id: newId('availabilityOverride'), date: o.date, startMinute: null, endMinute: null }]
          : windows.map((w) => ({
              id: newId('availabilityOverride'),
              date: o.date,
              startMinute: w.start,
              endMinute: w.end,
            }));
      });
      await tx.insert(availabilityOverrides, overrideRows);
      await recordAudit(tx, actor, {
        action: 'booking_availability.updated',
        targetType: 'booking_availability',
        metadata: { timeZone: input.timeZone, overrides: overrides.length },
      });
    }),
  );
  return getAvailability(scope);
}

// ---- the secret ICS feed ----

/** The feed's secret for the dashboard (null until one is made). */
export async function feedSecretOf(deps: IdentityDeps, scope: TenantScope): Promise<string | null> {
  const row = await scope.first(bookingSettings);
  return row?.feedSecretBox ? deps.secrets.decrypt(row.feedSecretBox) : null;
}

/** A new feed secret; the old URL stops working at once (a leaked link is revoked by rotating). */
export async function rotateFeedSecret(
  deps: IdentityDeps,
  scope: TenantScope,
  actor: Actor,
): Promise<string> {
  const secret = randomToken(24);
  const patch = {
    feedSecretHash: await sha256Hex(secret),
    feedSecretBox: await deps.secrets.encrypt(secret),
  };
  await scope.transaction(async (tx) => {
    const existing = await tx.first(bookingSettings);
    if (existing) await tx.update(bookingSettings, patch);
    else await tx.insert(bookingSettings, { timeZone: defaultTimeZone, ...patch });
    await recordAudit(tx, actor, { action: 'booking_feed.rotated', targetType: 'booking_feed' });
  });
  return secret;
}

/** The organization whose feed a secret opens, as a scope; null for an unknown secret. */
export async function scopeOfFeedSecret(deps: CoreDeps, secret: string): Promise<TenantScope | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(secret)) return null;
  const [row] = await dbOf(deps)
    .select({ org: bookingSettings.organizationId })
    .from(bookingSettings)
    .where(eq(bookingSettings.feedSecretHash, await sha256Hex(secret)));
  return row ? forTenant(dbOf(deps), trustOrgId(row.org)) : null;
}
