import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';

export function Logo({ className = 'size-8' }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="#4f46e5" />
      <path d="M8 22V10l8 7 8-7v12" stroke="white" strokeWidth="3" fill="none" strokeLinejoin="round" />
    </svg>
  );
}

export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
  aside,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  /** Context shown between the title and the form (e.g. the invitation being accepted). */
  aside?: ReactNode;
}) {
  return (
    <div className="flex min-h-full flex-col justify-center bg-gradient-to-b from-indigo-50 via-slate-50 to-slate-50 px-4 py-12">
      <main className="mx-auto w-full max-w-md">
        <Link
          to="/"
          className="mx-auto flex w-fit items-center gap-2 rounded-md focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          <Logo />
          <span className="text-lg font-semibold tracking-tight">Mewayz</span>
        </Link>
        <h1 className="mt-8 text-center text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {subtitle ? <p className="mt-2 text-center text-sm text-slate-600">{subtitle}</p> : null}
        {aside ? <div className="mt-6">{aside}</div> : null}
        <div className="mt-8 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">{children}</div>
        {footer ? <div className="mt-6 text-center text-sm text-slate-600">{footer}</div> : null}
      </main>
    </div>
  );
}

export const linkClass =
  'font-semibold text-indigo-700 hover:text-indigo-600 underline-offset-2 hover:underline';
