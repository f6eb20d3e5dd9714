import { Form, Link, useActionData, useNavigation, useRouteLoaderData } from '@remix-run/react';
import { type ComponentProps, type ReactNode, useEffect, useRef, useState } from 'react';
import { defaultTimeZone } from '../lib/time-zone.ts';

export function cx(...classes: (string | false | null | undefined)[]) {
  return classes.filter(Boolean).join(' ');
}

/**
 * The time zone schedules are shown in (reported by the browser; UTC until it has been), fixed for as
 * long as the component is mounted: root data reloads after every action, and times a creator has
 * typed under one zone's label must not be read in another.
 */
export function useTimeZone(): string {
  const current = useRouteLoaderData<{ timeZone?: string }>('root')?.timeZone ?? defaultTimeZone;
  const [fixed] = useState(current);
  return fixed;
}

/** Carried by every form with schedule inputs: the zone its times were shown in, and are to be read in. */
export function TimeZoneInput({ zone }: { zone: string }) {
  return <input type="hidden" name="timeZone" value={zone} />;
}

/** The hidden CSRF field every form carries (token from the root loader). */
export function CsrfInput() {
  const root = useRouteLoaderData<{ csrf: string }>('root');
  return <input type="hidden" name="_csrf" value={root?.csrf ?? ''} />;
}

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';
const variants: Record<Variant, string> = {
  primary: 'bg-indigo-600 text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-indigo-600',
  secondary: 'bg-white text-slate-800 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50',
  danger: 'bg-white text-red-700 shadow-sm ring-1 ring-inset ring-red-200 hover:bg-red-50',
  ghost: 'text-slate-700 hover:bg-slate-100',
};

export function Spinner({ className }: { className?: string }) {
  return (
    <svg className={cx('size-4 animate-spin', className)} viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="12" cy="12" r="10" stroke="currentColor" strokeWidth="3" className="opacity-25" />
      <path d="M22 12a10 10 0 0 0-10-10" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

/** A button's look, for links that lead to a page as a button would (`<Link className={buttonClass()}>`). */
export function buttonClass(variant: Variant = 'primary', size: 'sm' | 'md' = 'md', className?: string) {
  return cx(
    'inline-flex items-center justify-center gap-2 rounded-lg font-semibold transition focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60',
    size === 'sm' ? 'px-2.5 py-1.5 text-xs' : 'px-3.5 py-2 text-sm',
    variants[variant],
    className,
  );
}

/** A submit button that shows a spinner while its own form (name/value intent) is submitting. */
export function Button({
  variant = 'primary',
  className,
  children,
  pending,
  size = 'md',
  intent,
  ...rest
}: ComponentProps<'button'> & { variant?: Variant; pending?: boolean; size?: 'sm' | 'md'; intent?: string }) {
  const nav = useNavigation();
  // Spin only for the submission this button belongs to (same intent, or the button's own name/value).
  const busy =
    pending ??
    (rest.type !== 'button' &&
      nav.state !== 'idle' &&
      nav.formData !== undefined &&
      (intent !== undefined
        ? nav.formData.get('_intent') === intent
        : rest.name !== undefined
          ? nav.formData.get(rest.name) === rest.value
          : true));
  return (
    <button {...rest} aria-disabled={busy || undefined} className={buttonClass(variant, size, className)}>
      {busy ? <Spinner /> : null}
      {children}
    </button>
  );
}

/** Ids and ARIA wiring of a labelled control with an optional hint and error message. */
function controlIds(id: string, error?: string, hint?: ReactNode) {
  const describedBy =
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const;
}

/** Label above, hint and error below: the frame every form control shares. */
function ControlFrame({
  id,
  label,
  error,
  hint,
  className,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const textControl =
  'mt-1.5 block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-inset focus:outline-none disabled:cursor-not-allowed disabled:bg-slate-50 disabled:shadow-none disabled:placeholder:text-transparent';
const textControlRing = (error?: string) =>
  error ? 'ring-red-400 focus:ring-red-600' : 'ring-slate-300 focus:ring-indigo-600';

export function Field({
  label,
  name,
  error,
  hint,
  className,
  ...input
}: ComponentProps<'input'> & { label: string; name: string; error?: string; hint?: ReactNode }) {
  const id = input.id ?? `f-${name}`;
  return (
    <ControlFrame id={id} label={label} error={error} hint={hint} className={className}>
      <input
        name={name}
        {...controlIds(id, error, hint)}
        {...input}
        className={cx(
          textControl,
          'placeholder:text-slate-400',
          textControlRing(error),
          input.type === 'color' && 'h-10 p-1',
          input.type === 'file' &&
            'px-1.5 py-1.5 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-slate-800',
        )}
      />
    </ControlFrame>
  );
}

export function TextArea({
  label,
  name,
  error,
  hint,
  className,
  ...input
}: ComponentProps<'textarea'> & { label: string; name: string; error?: string; hint?: ReactNode }) {
  const id = input.id ?? `f-${name}`;
  return (
    <ControlFrame id={id} label={label} error={error} hint={hint} className={className}>
      <textarea
        name={name}
        {...controlIds(id, error, hint)}
        {...input}
        className={cx(textControl, textControlRing(error))}
      />
    </ControlFrame>
  );
}

export function Select({
  label,
  name,
  error,
  className,
  children,
  ...rest
}: ComponentProps<'select'> & { label: string; name: string; error?: string }) {
  const id = rest.id ?? `f-${name}`;
  return (
    <ControlFrame id={id} label={label} error={error} className={className}>
      <select
        name={name}
        {...controlIds(id, error)}
        {...rest}
        className="mt-1.5 block w-full rounded-lg border-0 bg-white py-2 pr-8 pl-3 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 focus:outline-none disabled:cursor-not-allowed disabled:bg-slate-50 disabled:shadow-none"
      >
        {children}
      </select>
    </ControlFrame>
  );
}

export function Checkbox({
  label,
  name,
  ...rest
}: ComponentProps<'input'> & { label: string; name: string }) {
  const id = rest.id ?? `f-${name}`;
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        name={name}
        type="checkbox"
        {...rest}
        className="size-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600"
      />
      <label htmlFor={id} className="text-sm text-slate-800">
        {label}
      </label>
    </div>
  );
}

export function Card({
  title,
  description,
  actions,
  children,
  className,
  id,
}: {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  id?: string;
}) {
  return (
    <section
      id={id}
      className={cx('scroll-mt-20 rounded-xl bg-white shadow-sm ring-1 ring-slate-200', className)}
    >
      {title ? (
        <header className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-5 py-4">
          <div>
            <h2 className="text-base font-semibold text-slate-900">{title}</h2>
            {description ? <p className="mt-0.5 text-sm text-slate-600">{description}</p> : null}
          </div>
          {actions}
        </header>
      ) : null}
      <div className="p-5">{children}</div>
    </section>
  );
}

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

/**
 * "Showing 51–100 of 130" with previous/next links (plain links, no script): for lists longer than a page.
 * Renders nothing when everything fits on one page.
 */
export function Pagination({
  page,
  perPage,
  total,
  query,
}: {
  page: number;
  perPage: number;
  total: number;
  /** Other query parameters the links keep (a list's filters). */
  query?: Record<string, string | undefined>;
}) {
  if (total <= perPage && page === 1) return null;
  const hrefOf = (n: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v) params.set(k, v);
    params.set('page', String(n));
    return `?${params}`;
  };
  const first = (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const link =
    'rounded-lg px-3 py-1.5 text-sm font-semibold ring-1 ring-inset ring-slate-300 hover:bg-slate-50';
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-3 text-sm text-slate-700">
      <p>
        {first > total ? `Nothing on this page (${total} in all)` : `Showing ${first}–${last} of ${total}`}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <a className={link} href={hrefOf(Math.min(page - 1, pages))} rel="prev">
            Previous
          </a>
        ) : null}
        {page < pages ? (
          <a className={link} href={hrefOf(page + 1)} rel="next">
            Next
          </a>
        ) : null}
      </div>
    </nav>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="rounded-xl border-2 border-dashed border-slate-200 px-6 py-10 text-center">
      <svg
        className="mx-auto size-10 text-slate-400"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        aria-hidden="true"
      >
        <path d="M3.75 9.776c.112-.017.227-.026.344-.026h15.812c.117 0 .232.009.344.026m-16.5 0a2.25 2.25 0 0 0-1.883 2.542l.857 6a2.25 2.25 0 0 0 2.227 1.932H19.05a2.25 2.25 0 0 0 2.227-1.932l.857-6a2.25 2.25 0 0 0-1.883-2.542m-16.5 0V6A2.25 2.25 0 0 1 6 3.75h3.879a1.5 1.5 0 0 1 1.06.44l2.122 2.12a1.5 1.5 0 0 0 1.06.44H18A2.25 2.25 0 0 1 20.25 9v.776" />
      </svg>
      <h3 className="mt-3 text-sm font-semibold text-slate-900">{title}</h3>
      {children ? <p className="mt-1 text-sm text-slate-600">{children}</p> : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}

export function Alert({
  tone = 'error',
  children,
}: {
  tone?: 'error' | 'success' | 'info';
  children: ReactNode;
}) {
  const styles = {
    error: 'bg-red-50 text-red-800 ring-red-200',
    success: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
    info: 'bg-indigo-50 text-indigo-900 ring-indigo-200',
  }[tone];
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cx('rounded-lg px-4 py-3 text-sm ring-1 ring-inset', styles)}
    >
      {children}
    </div>
  );
}

export function Badge({
  tone = 'slate',
  children,
}: {
  tone?: 'slate' | 'green' | 'amber' | 'red' | 'indigo';
  children: ReactNode;
}) {
  const styles = {
    slate: 'bg-slate-100 text-slate-700 ring-slate-200',
    green: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
    amber: 'bg-amber-50 text-amber-800 ring-amber-200',
    red: 'bg-red-50 text-red-800 ring-red-200',
    indigo: 'bg-indigo-50 text-indigo-800 ring-indigo-200',
  }[tone];
  return (
    <span
      className={cx(
        'inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
        styles,
      )}
    >
      {children}
    </span>
  );
}

/** A POST form with the CSRF field and an intent; `resetOnSuccess` clears a "create" form once it worked. */
export function ActionForm({
  intent,
  children,
  className,
  resetOnSuccess,
  ...rest
}: ComponentProps<typeof Form> & { intent?: string; resetOnSuccess?: boolean }) {
  const ref = useRef<HTMLFormElement>(null);
  const result = useActionData<{ ok?: boolean; intent?: string }>();
  const nav = useNavigation();
  useEffect(() => {
    if (resetOnSuccess && nav.state === 'idle' && result?.ok && result.intent === intent)
      ref.current?.reset();
  }, [resetOnSuccess, nav.state, result, intent]);
  return (
    <Form method="post" ref={ref} className={className} {...rest}>
      <CsrfInput />
      {intent ? <input type="hidden" name="_intent" value={intent} /> : null}
      {children}
    </Form>
  );
}

/** The end of a list's GET filter form: apply, and (when something is filtered) clear back to `clearTo`. */
export function FilterActions({ filtered, clearTo }: { filtered: boolean; clearTo: string }) {
  return (
    <div className="flex items-center gap-3">
      <Button type="submit" variant="secondary">
        Filter
      </Button>
      {filtered ? (
        <Link to={clearTo} className="text-sm font-semibold text-indigo-700 hover:underline">
          Clear
        </Link>
      ) : null}
    </div>
  );
}
