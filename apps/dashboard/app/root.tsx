import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useNavigation,
  useRouteError,
} from '@remix-run/react';
import { csrfTokenFor } from './lib/session.server.ts';
import styles from './tailwind.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: styles },
  { rel: 'icon', href: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"%3E%3Crect width="32" height="32" rx="8" fill="%234f46e5"/%3E%3Cpath d="M8 22V10l8 7 8-7v12" stroke="white" stroke-width="3" fill="none"/%3E%3C/svg%3E' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, setCookie } = await csrfTokenFor(request);
  return data({ csrf: token }, setCookie ? { headers: { 'set-cookie': setCookie } } : undefined);
}

/** Reload root data (the CSRF token) after any action: sign-in changes the session. */
export const shouldRevalidate = () => true;

function ProgressBar() {
  const nav = useNavigation();
  return (
    <div
      aria-hidden="true"
      className={`fixed inset-x-0 top-0 z-50 h-0.5 origin-left bg-indigo-500 transition-transform duration-500 ${
        nav.state === 'idle' ? 'scale-x-0 opacity-0' : 'scale-x-75 opacity-100'
      }`}
    />
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className="h-full bg-slate-50">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="h-full text-slate-900 antialiased">
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <>
      <ProgressBar />
      <Outlet />
    </>
  );
}

const advice: Record<number, { title: string; next: string }> = {
  400: { title: 'That request did not make sense', next: 'Go back and check the form, then try again.' },
  403: { title: 'You do not have access', next: 'Ask an admin of this organization to change your role, or switch organization.' },
  404: { title: 'Page not found', next: 'The page or item may have been deleted, or belongs to another organization. Check the address or go back to your sites.' },
  410: { title: 'This link has expired', next: 'Ask for a new invitation or email.' },
  429: { title: 'Too many attempts', next: 'Wait a minute, then try again.' },
  500: { title: 'Something went wrong on our side', next: 'Try again in a moment. If it keeps happening, the error has been logged — contact support with the time it happened.' },
};

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = isRouteErrorResponse(error) && typeof error.data === 'string' && status < 500 ? error.data : null;
  const a = advice[status] ?? advice[500]!;
  return (
    <main className="mx-auto flex min-h-full max-w-lg flex-col justify-center px-6 py-16">
      <p className="text-sm font-semibold text-indigo-700">Error {status}</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">{a.title}</h1>
      {message ? <p className="mt-4 text-slate-700">{message}</p> : null}
      <p className="mt-4 text-slate-600">{a.next}</p>
      <div className="mt-8 flex gap-3">
        <Link to="/sites" className="rounded-lg bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white hover:bg-indigo-500">
          Go to your sites
        </Link>
        <Link to="/sign-in" className="rounded-lg px-3.5 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-white">
          Sign in again
        </Link>
      </div>
    </main>
  );
}
