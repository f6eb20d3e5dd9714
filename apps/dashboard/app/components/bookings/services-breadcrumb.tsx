import { Link } from '@remix-run/react';

export function ServicesBreadcrumb() {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <Link to="/bookings/services" className="font-medium text-indigo-700 hover:underline">
        ← Services
      </Link>
    </nav>
  );
}
