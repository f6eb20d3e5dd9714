import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useNavigation,
} from '@remix-run/react';
import { useEffect } from 'react';
import { ErrorContent } from './components/error-content.tsx';
import { csrfTokenFor, readCookie } from './lib/session.server.ts';
import { defaultTimeZone, timeZoneCookie, validTimeZone } from './lib/time-zone.ts';
import styles from './tailwind.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: styles },
  {
    rel: 'icon',
    href: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"%3E%3Crect width="32" height="32" rx="8" fill="%234f46e5"/%3E%3Cpath d="M8 22V10l8 7 8-7v12" stroke="white" stroke-width="3" fill="none"/%3E%3C/svg%3E',
  },
];

export const meta: MetaFunction = ({ error }) => [
  { title: error ? 'Something went wrong · Mewayz' : 'Mewayz' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, setCookie } = await csrfTokenFor(request);
  const timeZone = validTimeZone(readCookie(request, timeZoneCookie)) ?? defaultTimeZone;
  return data({ csrf: token, timeZone }, setCookie ? { headers: { 'set-cookie': setCookie } } : undefined);
}

/** Tell the server the browser's time zone (schedules are shown and read in it from the next page on). */
function useReportTimeZone(reported: string | undefined) {
  useEffect(() => {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (tz && tz !== reported)
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from Firefox and older Safari; the value is URI-encoded.
      document.cookie = `${timeZoneCookie}=${encodeURIComponent(tz)}; path=/; max-age=31536000; samesite=lax`;
  }, [reported]);
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
  useReportTimeZone(useLoaderData<typeof loader>()?.timeZone);
  return (
    <>
      <ProgressBar />
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  return (
    <main>
      <ErrorContent />
    </main>
  );
}
