import { Form, Link, useNavigation, useSearchParams } from '@remix-run/react';
import { Button, cx, Field, Select, Spinner } from './ui.tsx';

/**
 * The date-range and site filter of the report pages (analytics, sales): quick ranges as links,
 * a custom range as a GET form, so every report is a shareable address and works without JS.
 */
export function RangeFilter({
  path,
  sites,
  allSites,
  errors,
}: {
  path: string;
  sites: { id: string; name: string }[];
  allSites: string;
  errors: Record<string, string | undefined>;
}) {
  const [params] = useSearchParams();
  const nav = useNavigation();
  const loading = nav.state === 'loading' && nav.location?.pathname === path;
  const preset = params.get('range') ?? (params.get('from') ? '' : '30');
  const siteId = params.get('siteId');
  return (
    <Form
      method="get"
      className="mb-6 flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <Select label="Site" name="siteId" defaultValue={siteId ?? ''} className="min-w-40">
        <option value="">{allSites}</option>
        {sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </Select>
      <nav aria-label="Quick ranges" className="flex gap-1 rounded-lg bg-slate-100 p-1">
        {['7', '30', '90'].map((r) => (
          <Link
            key={r}
            to={`?${new URLSearchParams({ range: r, ...(siteId ? { siteId } : {}) })}`}
            aria-current={preset === r ? 'true' : undefined}
            className={cx(
              'rounded-md px-3 py-1.5 text-sm font-medium',
              preset === r ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-700 hover:text-slate-900',
            )}
          >
            {r} days
          </Link>
        ))}
      </nav>
      <Field
        label="From"
        name="from"
        type="date"
        defaultValue={params.get('from') ?? ''}
        error={errors.from}
      />
      <Field label="To" name="to" type="date" defaultValue={params.get('to') ?? ''} error={errors.to} />
      <Button type="submit" variant="secondary" pending={loading}>
        Apply
      </Button>
      {loading ? <Spinner className="text-indigo-600" /> : null}
    </Form>
  );
}
