import {
  type CreateSegmentInput,
  createSegmentInput,
  type SegmentFilter,
  segmentFilterSchema,
  type UpdateSegmentInput,
  updateSegmentInput,
} from '@mewayz/contracts';
import { contacts, segments } from '@mewayz/db/schema';
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { type Page, parseInput } from '../commerce/shared.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { listContactFieldRows } from './fields.ts';
import { segmentWhere, storedSegmentWhere } from './segment-sql.ts';

type SegmentRow = typeof segments.$inferSelect;

export function segmentView(row: SegmentRow) {
  const filter = segmentFilterSchema.safeParse(row.filter);
  return {
    id: row.id,
    name: row.name,
    filter: filter.success ? filter.data : { match: 'all' as const, conditions: [] },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type SegmentView = ReturnType<typeof segmentView>;

async function loadSegment(scope: TenantScope, segmentId: string): Promise<SegmentRow> {
  assertId('segment', segmentId, 'Segment');
  const row = await scope.first(segments, eq(segments.id, segmentId));
  if (!row) throw new NotFound('Segment');
  return row;
}

export async function listSegments(_deps: CoreDeps, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(segments, undefined, {
      orderBy: [desc(segments.createdAt), desc(segments.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(segments),
  ]);
  return { items: rows.map(segmentView), total };
}

export async function getSegment(_deps: CoreDeps, scope: TenantScope, segmentId: string) {
  return segmentView(await loadSegment(scope, segmentId));
}

export async function createSegment(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateSegmentInput,
) {
  const data = parseInput(createSegmentInput, input, 'segment');
  const id = newId('segment');
  await scope.transaction(async (tx) => {
    await tx.insert(segments, { id, name: data.name, filter: data.filter });
    await recordAudit(tx, actor, {
      action: 'segment.created',
      targetType: 'segment',
      targetId: id,
      metadata: { conditions: data.filter.conditions.length },
    });
  });
  return segmentView(await loadSegment(scope, id));
}

export async function updateSegment(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  segmentId: string,
  patch: UpdateSegmentInput,
) {
  const data = parseInput(updateSegmentInput, patch, 'segment');
  const current = await loadSegment(scope, segmentId);
  await scope.transaction(async (tx) => {
    await tx.update(
      segments,
      {
        ...(data.name !== undefined ? { name: data.name } : {}),
        ...(data.filter !== undefined ? { filter: data.filter } : {}),
      },
      eq(segments.id, current.id),
    );
    await recordAudit(tx, actor, {
      action: 'segment.updated',
      targetType: 'segment',
      targetId: current.id,
      metadata: { fields: Object.keys(data) },
    });
  });
  return segmentView(await loadSegment(scope, current.id));
}

export async function deleteSegment(_deps: CoreDeps, scope: TenantScope, actor: Actor, segmentId: string) {
  const current = await loadSegment(scope, segmentId);
  await scope.transaction(async (tx) => {
    await tx.hardDelete(segments, eq(segments.id, current.id));
    await recordAudit(tx, actor, {
      action: 'segment.deleted',
      targetType: 'segment',
      targetId: current.id,
      metadata: { name: current.name },
    });
  });
}

/** How many contacts a saved segment holds now: one COUNT over the compiled predicate. */
export async function countSegment(deps: CoreDeps, scope: TenantScope, segmentId: string) {
  const segment = await loadSegment(scope, segmentId);
  const where = storedSegmentWhere(segment.filter, await listContactFieldRows(scope), deps.now());
  return { count: await scope.count(contacts, where) };
}

/** How many contacts a filter being built would hold (the segment builder's live count). */
export async function countFilter(deps: CoreDeps, scope: TenantScope, filter: unknown) {
  const parsed: SegmentFilter = parseInput(segmentFilterSchema, filter, 'segment filter');
  return {
    count: await scope.count(contacts, segmentWhere(parsed, await listContactFieldRows(scope), deps.now())),
  };
}
