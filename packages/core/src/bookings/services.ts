import type { BookingServiceView, CreateServiceInput, UpdateServiceInput } from '@mewayz/contracts';
import { bookingServices } from '@mewayz/db/schema';
import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';

export type ServiceRow = typeof bookingServices.$inferSelect;

export function serviceView(r: ServiceRow): BookingServiceView {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    durationMinutes: r.durationMinutes,
    price: r.price,
    currency: r.currency,
    bufferMinutes: r.bufferMinutes,
    minNoticeMinutes: r.minNoticeMinutes,
    maxPerDay: r.maxPerDay,
    maxDaysAhead: r.maxDaysAhead,
    cancelNoticeHours: r.cancelNoticeHours,
    locationKind: r.locationKind,
    locationDetail: r.locationDetail,
    active: r.active,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const slugTaken = () =>
  new Conflict('Another service has this address.', [
    { path: 'slug', message: 'Another service has this address', code: 'slug_taken' },
  ]);

export async function loadService(scope: TenantScope, id: string): Promise<ServiceRow> {
  assertId('bookingService', id);
  const row = await scope.first(bookingServices, eq(bookingServices.id, id));
  if (!row) throw new NotFound('Service');
  return row;
}

/** An active service by its address on the site (`/book/<slug>`); null when there is none. */
export async function activeServiceBySlug(scope: TenantScope, slug: string): Promise<ServiceRow | null> {
  const row = await scope.first(bookingServices, eq(bookingServices.slug, slug));
  return row?.active ? row : null;
}

export async function listServices(scope: TenantScope): Promise<BookingServiceView[]> {
  const rows = await scope.list(bookingServices, undefined, {
    orderBy: [asc(bookingServices.name), asc(bookingServices.id)],
    limit: 200,
  });
  return rows.map(serviceView);
}

export async function getService(scope: TenantScope, id: string): Promise<BookingServiceView> {
  return serviceView(await loadService(scope, id));
}

export const MAX_SERVICES = 50;

export async function createService(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateServiceInput,
): Promise<BookingServiceView> {
  if ((await scope.count(bookingServices)) >= MAX_SERVICES)
    throw new Conflict(`A workspace offers at most ${MAX_SERVICES} services.`, [
      { path: 'slug', message: 'Remove a service first', code: 'too_many_services' },
    ]);
  const id = newId('bookingService');
  try {
    await scope.transaction(async (tx) => {
      await tx.insert(bookingServices, { id, ...input });
      await recordAudit(tx, actor, {
        action: 'booking_service.created',
        targetType: 'booking_service',
        targetId: id,
        metadata: { slug: input.slug },
      });
    });
  } catch (err) {
    if (isDuplicateKey(err)) throw slugTaken();
    throw err;
  }
  return getService(scope, id);
}

export async function updateService(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  id: string,
  patch: UpdateServiceInput,
): Promise<BookingServiceView> {
  await loadService(scope, id);
  try {
    await scope.transaction(async (tx) => {
      await tx.update(bookingServices, patch, eq(bookingServices.id, id));
      await recordAudit(tx, actor, {
        action: 'booking_service.updated',
        targetType: 'booking_service',
        targetId: id,
        metadata: { fields: Object.keys(patch) },
      });
    });
  } catch (err) {
    if (isDuplicateKey(err)) throw slugTaken();
    throw err;
  }
  return getService(scope, id);
}

/**
 * Remove a service from sale. Soft: booked calls keep their service; its slug is freed by renaming
 * it, so a new service can take the address.
 */
export async function deleteService(_deps: CoreDeps, scope: TenantScope, actor: Actor, id: string) {
  const row = await loadService(scope, id);
  await scope.transaction(async (tx) => {
    await tx.update(
      bookingServices,
      { deletedAt: new Date(), active: false, slug: `${row.slug.slice(0, 30)}-deleted-${id.slice(-12)}` },
      eq(bookingServices.id, id),
    );
    await recordAudit(tx, actor, {
      action: 'booking_service.deleted',
      targetType: 'booking_service',
      targetId: id,
      metadata: { slug: row.slug },
    });
  });
}
