import { NavLink } from '@remix-run/react';
import { cx } from '../ui.tsx';

const tabs = [
  { to: '/bookings', label: 'Calendar', end: true },
  { to: '/bookings/services', label: 'Services', end: false },
  { to: '/bookings/availability', label: 'Availability', end: false },
];

/** The three bookings pages, one tab each (a booking's own page belongs to the calendar). */
export function BookingsTabs() {
  return (
    <nav aria-label="Bookings" className="-mt-2 mb-6 flex flex-wrap gap-2 text-sm">
      {tabs.map((t) => (
        <NavLink
          key={t.to}
          to={t.to}
          end={t.end}
          prefetch="intent"
          className={({ isActive }) =>
            cx(
              'rounded-full px-3 py-1 font-medium ring-1 focus-visible:outline-2 focus-visible:outline-indigo-600',
              isActive
                ? 'bg-indigo-50 text-indigo-800 ring-indigo-200'
                : 'bg-white text-slate-700 ring-slate-200 hover:bg-slate-50',
            )
          }
        >
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}
