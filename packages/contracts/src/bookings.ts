import { z } from '@hono/zod-openapi';
import { catalogSlug, currencySchema, moneyAmount } from './commerce.ts';
import { countOut, dayOut, emailOut, instantOut, intIn, listOut, textOut } from './fields.ts';
import { emailField } from './identity.ts';
import { idSchema } from './ids.ts';
import { hasSomeField, NOTHING_TO_CHANGE } from './messages.ts';
import { multiLine, singleLine } from './text.ts';

/** 1:1 bookings (coaching calls): services, the creator's weekly availability, bookings. */

export const bookingLocationKinds = ['video', 'phone', 'in_person'] as const;
export type BookingLocationKind = (typeof bookingLocationKinds)[number];
export const bookingStatuses = ['held', 'confirmed', 'cancelled'] as const;

/** Calls and buffers are whole 5-minute blocks: the unit the calendar is claimed in. */
const fiveMinutes = (min: number, max: number, what: string) =>
  intIn(min, max).refine((n) => n % 5 === 0, { error: `Use a multiple of 5 minutes for the ${what}` });

/** An IANA time zone the runtime knows, like Europe/Berlin. */
export const timeZoneSchema = z
  .string({ error: 'Choose a time zone' })
  .min(1, { error: 'Choose a time zone', abort: true })
  .max(64, { error: 'Choose a time zone', abort: true })
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { error: 'Choose a time zone like Europe/Berlin' },
  )
  .openapi({ example: 'Europe/Berlin', maxLength: 64, pattern: '^[A-Za-z0-9_+/-]+$' });

const serviceFields = {
  slug: catalogSlug,
  name: singleLine(1, 120, { field: 'name' }),
  description: multiLine(0, 2000),
  durationMinutes: fiveMinutes(5, 480, 'duration'),
  /** 0: a free call, confirmed at once. */
  price: moneyAmount,
  currency: currencySchema,
  bufferMinutes: fiveMinutes(0, 240, 'buffer'),
  minNoticeMinutes: intIn(0, 60 * 24 * 60),
  maxPerDay: intIn(1, 100).nullable(),
  maxDaysAhead: intIn(1, 365),
  cancelNoticeHours: intIn(0, 24 * 30),
  locationKind: z.enum(bookingLocationKinds),
  locationDetail: singleLine(0, 500),
  active: z.boolean(),
};

export const createServiceInput = z
  .object({
    ...serviceFields,
    description: serviceFields.description.default(''),
    price: serviceFields.price.default(0),
    currency: serviceFields.currency.default('USD'),
    bufferMinutes: serviceFields.bufferMinutes.default(0),
    minNoticeMinutes: serviceFields.minNoticeMinutes.default(60),
    maxPerDay: serviceFields.maxPerDay.default(null),
    maxDaysAhead: serviceFields.maxDaysAhead.default(60),
    cancelNoticeHours: serviceFields.cancelNoticeHours.default(24),
    locationDetail: serviceFields.locationDetail.default(''),
    active: serviceFields.active.default(true),
  })
  .strict()
  .openapi('CreateBookingService');
export type CreateServiceInput = z.infer<typeof createServiceInput>;

export const updateServiceInput = z
  .object(serviceFields)
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateBookingService', { minProperties: 1 });
export type UpdateServiceInput = z.infer<typeof updateServiceInput>;

export const bookingServiceSchema = z
  .object({
    id: idSchema('bookingService'),
    slug: textOut(100),
    name: textOut(120),
    description: textOut(2000, true),
    durationMinutes: intIn(5, 480),
    price: moneyAmount,
    currency: z.string().openapi({ minLength: 3, maxLength: 3, pattern: '^[A-Z]{3}$', example: 'USD' }),
    bufferMinutes: intIn(0, 240),
    minNoticeMinutes: intIn(0, 60 * 24 * 60),
    maxPerDay: intIn(1, 100).nullable(),
    maxDaysAhead: intIn(1, 365),
    cancelNoticeHours: intIn(0, 24 * 30),
    locationKind: z.enum(bookingLocationKinds),
    locationDetail: textOut(500),
    active: z.boolean(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('BookingService');
export type BookingServiceView = z.infer<typeof bookingServiceSchema>;
export const bookingServicesOut = listOut(bookingServiceSchema, 200);

// ---- availability ----

/** Minutes after local midnight, end exclusive: 540–1020 is 09:00–17:00. */
const windowSchema = z
  .object({ start: intIn(0, 1439), end: intIn(1, 1440) })
  .strict()
  .refine((w) => w.end > w.start, { error: 'End after the start' })
  .openapi('AvailabilityWindow');

const dateIn = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2026-12-24' })
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      error: 'Use a real date like 2026-12-24',
    },
  )
  .openapi({ format: 'date', maxLength: 10, example: '2026-12-24' });

export const MAX_WINDOWS_PER_DAY = 8;
export const MAX_OVERRIDES = 366;

export const availabilitySchema = z
  .object({
    timeZone: timeZoneSchema,
    /** Seven lists, Monday first, each of that weekday's windows; an empty list is a day off. */
    weekly: z
      .array(z.array(windowSchema).max(MAX_WINDOWS_PER_DAY))
      .length(7)
      .openapi({ minItems: 7, maxItems: 7 }),
    /** Dates whose windows replace the week's; no windows: a day off. */
    overrides: z
      .array(z.object({ date: dateIn, windows: z.array(windowSchema).max(MAX_WINDOWS_PER_DAY) }).strict())
      .max(MAX_OVERRIDES),
  })
  .strict()
  .openapi('BookingAvailability');
export type AvailabilityInput = z.infer<typeof availabilitySchema>;

// ---- bookings ----

export const bookingSchema = z
  .object({
    id: idSchema('booking'),
    serviceId: idSchema('bookingService'),
    serviceName: textOut(120),
    status: z.enum(bookingStatuses),
    startsAt: instantOut,
    endsAt: instantOut,
    name: textOut(120),
    email: emailOut,
    notes: textOut(2000, true),
    visitorTimeZone: textOut(64),
    orderId: idSchema('order').nullable(),
    cancelledAt: instantOut.nullable(),
    cancelledBy: z.enum(['buyer', 'creator', 'system']).nullable(),
    createdAt: instantOut,
  })
  .openapi('Booking');
export type BookingView = z.infer<typeof bookingSchema>;
export const bookingsOut = listOut(bookingSchema, 500);

export const bookingRangeQuery = z
  .object({
    from: dateIn.openapi({ param: { name: 'from', in: 'query' } }),
    to: dateIn.openapi({ param: { name: 'to', in: 'query' } }),
    status: z
      .enum(bookingStatuses)
      .optional()
      .openapi({ param: { name: 'status', in: 'query' } }),
  })
  .refine((q) => q.to >= q.from, { error: 'End on or after the start', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 92 * 86_400_000, {
    error: 'Ask for at most 92 days at once',
    path: ['to'],
  });

export const rescheduleBookingInput = z
  .object({
    startsAt: z.iso
      .datetime({ offset: true, error: 'Use an ISO 8601 instant' })
      .max(40)
      .openapi({ maxLength: 40, example: '2026-12-08T09:30:00.000Z' }),
  })
  .strict()
  .openapi('RescheduleBooking');

export const cancelBookingInput = z
  .object({ reason: singleLine(0, 300).optional() })
  .strict()
  .openapi('CancelBooking');

/** What a visitor posts on the booking page. */
export const bookingRequestInput = z.object({
  start: z.iso.datetime({ error: 'Choose a time' }),
  name: singleLine(1, 120, { field: 'name' }),
  email: emailField(false),
  notes: multiLine(0, 2000).default(''),
  tz: timeZoneSchema,
});
export type BookingRequestInput = z.infer<typeof bookingRequestInput>;

export const bookingSlotsOut = z
  .object({
    timeZone: textOut(64),
    slots: listOut(instantOut, 5000),
    count: countOut,
  })
  .openapi('BookingSlots');
export { dayOut as bookingDayOut };
