import {
  boolean,
  char,
  index,
  int,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/mysql-core';
import { createdAt, deletedAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * 1:1 bookings (coaching calls). One creator calendar per organization: its weekly availability and
 * date overrides are in the organization's booking time zone (`booking_settings`), and every booking
 * of every service claims its minutes in `booking_claims`, whose unique key is what makes a double
 * booking impossible (decision 0011).
 */

export const bookingLocationKinds = ['video', 'phone', 'in_person'] as const;
export type BookingLocationKind = (typeof bookingLocationKinds)[number];

/** held: a paid checkout is open for it; confirmed: free, or paid; cancelled: by either side, or the hold ended. */
export const bookingStatusValues = ['held', 'confirmed', 'cancelled'] as const;
export type BookingStatus = (typeof bookingStatusValues)[number];

export const bookingServices = mysqlTable(
  'booking_services',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    slug: varchar('slug', { length: 63 }).notNull(),
    name: varchar('name', { length: 120 }).notNull(),
    description: text('description').notNull(),
    durationMinutes: smallint('duration_minutes').notNull(),
    /** Minor units of `currency`; 0 is a free call, confirmed at once. */
    price: int('price').notNull().default(0),
    currency: char('currency', { length: 3 }).notNull(),
    /** Kept free after each call (and so before the next one). */
    bufferMinutes: smallint('buffer_minutes').notNull().default(0),
    /** How long before its start a slot can still be booked. */
    minNoticeMinutes: int('min_notice_minutes').notNull().default(0),
    /** At most this many calls of this service on one day of the creator's calendar; null: no limit. */
    maxPerDay: smallint('max_per_day'),
    /** How far ahead slots are offered. */
    maxDaysAhead: smallint('max_days_ahead').notNull().default(60),
    /** The buyer may cancel or reschedule until this many hours before the start. */
    cancelNoticeHours: smallint('cancel_notice_hours').notNull().default(24),
    locationKind: mysqlEnum('location_kind', bookingLocationKinds).notNull(),
    /** The video link, phone number or address; sent with the confirmation, never shown before booking. */
    locationDetail: varchar('location_detail', { length: 500 }).notNull().default(''),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex('booking_services_slug_uq').on(t.organizationId, t.slug)],
);

/** The organization's booking calendar: its IANA time zone and the secret of its ICS feed. */
export const bookingSettings = mysqlTable(
  'booking_settings',
  {
    organizationId: orgColumn().primaryKey(),
    timeZone: varchar('time_zone', { length: 64 }).notNull(),
    /** SHA-256 of the feed secret in `/calendar/<secret>.ics` (lookup), and the secret sealed for the dashboard. */
    feedSecretHash: char('feed_secret_hash', { length: 64 }),
    feedSecretBox: varchar('feed_secret_box', { length: 255 }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('booking_settings_feed_uq').on(t.feedSecretHash)],
);

/** A weekly window of availability in the calendar's time zone: weekday 0 = Monday … 6 = Sunday. */
export const availabilityRules = mysqlTable(
  'availability_rules',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    weekday: smallint('weekday').notNull(),
    /** Minutes after local midnight, end exclusive (1440 = midnight). */
    startMinute: smallint('start_minute').notNull(),
    endMinute: smallint('end_minute').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('availability_rules_org_idx').on(t.organizationId, t.weekday, t.startMinute)],
);

/**
 * A date whose availability differs from the week: its windows replace the weekly ones; a row with
 * no window (null minutes) makes it a day off.
 */
export const availabilityOverrides = mysqlTable(
  'availability_overrides',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    /** The local date, `YYYY-MM-DD`. */
    date: char('date', { length: 10 }).notNull(),
    startMinute: smallint('start_minute'),
    endMinute: smallint('end_minute'),
    createdAt: createdAt(),
  },
  (t) => [index('availability_overrides_org_idx').on(t.organizationId, t.date)],
);

export const bookings = mysqlTable(
  'bookings',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    serviceId: idColumn('service_id').notNull(),
    /** The site it was booked on: its origin is where the buyer's links point. */
    siteId: varchar('site_id', { length: 40 }).notNull(),
    siteOrigin: varchar('site_origin', { length: 300 }).notNull(),
    status: mysqlEnum('status', bookingStatusValues).notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    /** The local date in the calendar's zone, for "at most N a day". */
    localDate: char('local_date', { length: 10 }).notNull(),
    name: varchar('name', { length: 120 }).notNull(),
    email: varchar('email', { length: 254 }).notNull(),
    notes: varchar('notes', { length: 2000 }).notNull().default(''),
    /** The zone the visitor booked from, for their emails. */
    visitorTimeZone: varchar('visitor_time_zone', { length: 64 }).notNull(),
    /** The paid checkout's order, while held and after. */
    orderId: idColumn('order_id'),
    /** SHA-256 of the buyer's manage token (cancel / reschedule link) and the token sealed for re-sent emails. */
    manageTokenHash: char('manage_token_hash', { length: 64 }).notNull(),
    manageTokenBox: varchar('manage_token_box', { length: 255 }).notNull(),
    /** Grows with each reschedule: the ICS SEQUENCE. */
    sequence: smallint('sequence').notNull().default(0),
    cancelledAt: instant('cancelled_at'),
    cancelledBy: varchar('cancelled_by', { length: 12 }),
    /** Claimed before each email goes out, so each is sent once. */
    confirmationSentAt: instant('confirmation_sent_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('bookings_org_start_idx').on(t.organizationId, t.startsAt),
    index('bookings_org_service_day_idx').on(t.organizationId, t.serviceId, t.localDate),
    uniqueIndex('bookings_manage_token_uq').on(t.manageTokenHash),
    index('bookings_org_order_idx').on(t.organizationId, t.orderId),
  ],
);

/**
 * The minutes a live booking takes on the creator's calendar, in 5-minute blocks from its start to
 * the end of its buffer. The unique key on (organization, block) is the double-booking guard: two
 * overlapping bookings cannot both insert their blocks, whatever the race.
 */
export const bookingClaims = mysqlTable(
  'booking_claims',
  {
    organizationId: orgColumn(),
    blockStart: instant('block_start').notNull(),
    bookingId: idColumn('booking_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'booking_claims_pk', columns: [t.organizationId, t.blockStart] }),
    index('booking_claims_booking_idx').on(t.organizationId, t.bookingId),
  ],
);

/**
 * The daily maximum's seats: a live booking of a service with `maxPerDay` holds one seat numbered
 * 1..maxPerDay on its local date. The key on (organization, service, date, seat) is what keeps a day
 * from going over its maximum when bookings of different slots race (counting first cannot).
 */
export const bookingDayClaims = mysqlTable(
  'booking_day_claims',
  {
    organizationId: orgColumn(),
    serviceId: idColumn('service_id').notNull(),
    /** The local date in the calendar's zone, as `bookings.local_date`. */
    localDate: char('local_date', { length: 10 }).notNull(),
    seat: smallint('seat').notNull(),
    bookingId: idColumn('booking_id').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'booking_day_claims_pk',
      columns: [t.organizationId, t.serviceId, t.localDate, t.seat],
    }),
    index('booking_day_claims_booking_idx').on(t.organizationId, t.bookingId),
  ],
);

/** A reminder owed for a booking (24 h and 1 h before); `sentAt` claims it so it goes once. */
export const bookingReminders = mysqlTable(
  'booking_reminders',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    bookingId: idColumn('booking_id').notNull(),
    kind: varchar('kind', { length: 8 }).notNull(),
    dueAt: instant('due_at').notNull(),
    sentAt: instant('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('booking_reminders_uq').on(t.organizationId, t.bookingId, t.kind),
    // The cron finds due reminders of every organization.
    index('booking_reminders_due_idx').on(t.sentAt, t.dueAt),
  ],
);
