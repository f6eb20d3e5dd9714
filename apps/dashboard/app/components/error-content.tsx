import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react';

const advice: Record<number, { title: string; next: string }> = {
  400: { title: 'That request did not make sense', next: 'Go back and check the form, then try again.' },
  403: {
    title: 'You do not have access',
    next: 'Ask an admin of this workspace to change your role, or switch workspace.',
  },
  404: {
    title: 'Page not found',
    next: 'The page or item may have been deleted, or belongs to another workspace. Check the address or go back to your sites.',
  },
  410: { title: 'This link has expired', next: 'Ask for a new invitation or email.' },
  429: { title: 'Too many attempts', next: 'Wait a minute, then try again.' },
  500: {
    title: 'Something went wrong on our side',
    next: 'Try again in a moment. If it keeps happening, contact support with the time it happened.',
  },
};

/** What went wrong and what to do next, for every error page. */
export function ErrorContent({ inShell = false }: { inShell?: boolean }) {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message =
    isRouteErrorResponse(error) && typeof error.data === 'string' && status < 500 ? error.data : null;
  const a = advice[status] ?? advice[500]!;
  return (
    <div
      className={
        inShell ? 'max-w-xl py-10' : 'mx-auto flex min-h-full max-w-lg flex-col justify-center px-6 py-16'
      }
    >
      <p className="text-sm font-semibold text-indigo-700">Error {status}</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">{a.title}</h1>
      {message ? <p className="mt-4 text-slate-700">{message}</p> : null}
      <p className="mt-4 text-slate-600">{a.next}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link
          to="/sites"
          className="rounded-lg bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Go to your sites
        </Link>
        {status >= 500 ? (
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="rounded-lg bg-white px-3.5 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
          >
            Try again
          </button>
        ) : (
          <Link
            to="/sign-in"
            className="rounded-lg bg-white px-3.5 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
          >
            Sign in as someone else
          </Link>
        )}
      </div>
    </div>
  );
}
