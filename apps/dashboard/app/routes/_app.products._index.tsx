import { productKinds } from '@mewayz/contracts';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Form, Link, useLoaderData } from '@remix-run/react';
import {
  Alert,
  Badge,
  buttonClass,
  Card,
  EmptyState,
  Field,
  FilterActions,
  PageHeader,
  Pagination,
  Select,
} from '../components/ui.tsx';
import { kindShort } from '../lib/catalog/kinds.ts';
import { productListPage, readProductQuery } from '../lib/catalog/pages.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Products · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.view');
  const query = readProductQuery(request);
  const paging = pageOf(request);
  const page = await productListPage(depsOf(context), ctx.scope, query, paging);
  const deleted = new URL(request.url).searchParams.get('deleted');
  return {
    ...page,
    paging,
    deleted: deleted?.slice(0, 200) ?? null,
    canManage: ctx.can('commerce.manage'),
  };
}

type Row = Awaited<ReturnType<typeof loader>>['products'][number];

function Thumbnail({ row }: { row: Row }) {
  const src = row.thumbnail?.src;
  return (
    <div className="size-12 shrink-0 overflow-hidden rounded-md bg-slate-100 ring-1 ring-slate-200">
      {src ? (
        // The name beside it says what it is: the thumbnail itself is decoration.
        <img src={src} alt="" className="size-full object-cover" loading="lazy" width={48} height={48} />
      ) : (
        <svg
          className="m-3 size-6 text-slate-400"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          aria-hidden="true"
        >
          <path
            strokeLinecap="round"
            strokeLinejoin="round"
            d="m2.25 15.75 5.159-5.159a2.25 2.25 0 0 1 3.182 0l5.159 5.159m-1.5-1.5 1.409-1.409a2.25 2.25 0 0 1 3.182 0l2.909 2.909M3.75 21h16.5A1.5 1.5 0 0 0 21.75 19.5V4.5a1.5 1.5 0 0 0-1.5-1.5H3.75a1.5 1.5 0 0 0-1.5 1.5v15a1.5 1.5 0 0 0 1.5 1.5Z"
          />
        </svg>
      )}
    </div>
  );
}

export default function Products() {
  const d = useLoaderData<typeof loader>();
  const { query } = d;
  const filtered = Boolean(query.q || query.kind || query.status || query.category);
  const newButton = (
    <Link to="/products/new" className={buttonClass()}>
      New product
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Products"
        description="What you sell: downloads, merch and pay-what-you-want offers, with prices, stock and categories."
        actions={
          <>
            <Link to="/products/categories" className={buttonClass('secondary')}>
              Categories
            </Link>
            {d.canManage && (d.total > 0 || filtered) ? newButton : null}
          </>
        }
      />
      {d.deleted ? (
        <div className="mb-6">
          <Alert tone="success">“{d.deleted}” was deleted. Orders that include it keep it.</Alert>
        </div>
      ) : null}
      {d.total === 0 && !filtered ? (
        <EmptyState
          title="No products yet"
          action={
            d.canManage ? (
              <Link to="/products/new" className={buttonClass()}>
                Create your first product
              </Link>
            ) : null
          }
        >
          {d.canManage
            ? 'Sell a download, a shirt in four sizes, or let fans pay what they want.'
            : 'Nothing is for sale in this workspace yet.'}
        </EmptyState>
      ) : (
        <>
          <Card className="mb-6">
            {/* A GET form: the filters live in the address, work without JavaScript and can be shared. */}
            <Form
              method="get"
              action="/products"
              role="search"
              className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end"
            >
              <Field
                label="Search by name"
                name="q"
                type="search"
                defaultValue={query.q ?? ''}
                className="col-span-2 lg:col-span-1"
              />
              <Select label="Kind" name="kind" defaultValue={query.kind ?? ''}>
                <option value="">All kinds</option>
                {productKinds.map((k) => (
                  <option key={k} value={k}>
                    {kindShort[k]}
                  </option>
                ))}
              </Select>
              <Select label="Status" name="status" defaultValue={query.status ?? ''}>
                <option value="">Any status</option>
                <option value="active">Active</option>
                <option value="inactive">Inactive</option>
              </Select>
              <Select
                label="Category"
                name="category"
                defaultValue={query.category ?? ''}
                className="col-span-2 lg:col-span-1"
              >
                <option value="">All categories</option>
                {d.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </Select>
              <FilterActions filtered={filtered} clearTo="/products" />
            </Form>
          </Card>
          <Card>
            {d.products.length === 0 ? (
              <EmptyState title="No products match these filters" />
            ) : (
              <ul className="-my-3 divide-y divide-slate-100" aria-label="Products">
                {d.products.map((p) => (
                  <li
                    key={p.id}
                    className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3"
                    data-testid="product-row"
                  >
                    <Thumbnail row={p} />
                    <div className="min-w-0 flex-1 basis-40">
                      <Link
                        to={`/products/${p.id}`}
                        className="font-medium break-words text-slate-900 hover:text-indigo-700 hover:underline"
                      >
                        {p.name}
                      </Link>
                      <p className="text-xs text-slate-600">
                        {kindShort[p.kind]}
                        {p.variants ? ` · ${p.variants} ${p.variants === 1 ? 'variant' : 'variants'}` : ''}
                        {p.categories.length ? ` · ${p.categories.join(', ')}` : ''}
                      </p>
                    </div>
                    <dl className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm sm:justify-end">
                      <div>
                        <dt className="sr-only">Price</dt>
                        <dd className="font-medium tabular-nums text-slate-900">{p.price}</dd>
                      </div>
                      <div className="sm:w-24 sm:text-right">
                        <dt className="sr-only">Stock</dt>
                        <dd className="tabular-nums text-slate-700">
                          {p.stock === null ? <span title="Not counted">—</span> : `${p.stock} in stock`}
                        </dd>
                      </div>
                      <div className="sm:w-20 sm:text-right">
                        <dt className="sr-only">Status</dt>
                        <dd>{p.active ? <Badge tone="green">Active</Badge> : <Badge>Inactive</Badge>}</dd>
                      </div>
                    </dl>
                  </li>
                ))}
              </ul>
            )}
            <Pagination {...d.paging} total={d.total} query={query} />
          </Card>
        </>
      )}
    </>
  );
}
