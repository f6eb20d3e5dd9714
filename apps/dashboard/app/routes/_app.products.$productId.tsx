import { commerceService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { ProductsBreadcrumb } from '../components/catalog/fields.tsx';
import { useMoveFocus } from '../components/catalog/move-buttons.tsx';
import { ProductForm } from '../components/catalog/product-form.tsx';
import { ProductImages } from '../components/catalog/product-images.tsx';
import { ProductVariants } from '../components/catalog/product-variants.tsx';
import { ConfirmCard } from '../components/confirm-card.tsx';
import { Alert, Badge, Card, PageHeader } from '../components/ui.tsx';
import type { CatalogResult } from '../lib/catalog/intent.ts';
import { kindShort } from '../lib/catalog/kinds.ts';
import { productEditorPage } from '../lib/catalog/pages.server.ts';
import { runProductIntent } from '../lib/catalog/product-action.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.product.name ?? 'Product'} · Products · Mewayz` },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.view');
  try {
    const page = await productEditorPage(depsOf(context), ctx.scope, params.productId!);
    return {
      ...page,
      created: new URL(request.url).searchParams.has('created'),
      canManage: ctx.can('commerce.manage'),
      maxImages: commerceService.maxImagesPerProduct,
    };
  } catch (err) {
    // Another workspace's product (or none) is the 404 page.
    return appErrorToResult(err) as never;
  }
}

/** Each intent lives in `lib/catalog/intents/*`; the page's loader runs again after it. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'commerce.manage');
  return runProductIntent(deps, ctx, params.productId!, form, intent);
}

/** Which card an intent's message belongs in, so it shows next to what was done. */
const cardOf = (intent: string) =>
  /Image/.test(intent) ? 'images' : /Variant/.test(intent) ? 'variants' : 'details';

function Message({ r, card }: { r?: CatalogResult; card: string }) {
  if (!r?.message || cardOf(r.intent) !== card) return null;
  return (
    <div className="mb-5">
      <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
    </div>
  );
}

export default function ProductEditor() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as CatalogResult | undefined;
  useMoveFocus(r);
  const p = d.product;
  return (
    <>
      <ProductsBreadcrumb />
      <PageHeader
        title={<span className="break-words">{p.name}</span>}
        description={`${kindShort[p.kind]} · ${p.price}`}
        actions={p.active ? <Badge tone="green">Active</Badge> : <Badge>Inactive</Badge>}
      />
      {/* The editor is long on a phone: a way to each part. */}
      <nav aria-label="Parts of the product" className="-mt-2 mb-5 flex flex-wrap gap-2 text-sm">
        {[
          ['details', 'Details'],
          ['images', `Images (${d.images.length})`],
          ...(p.kind === 'physical' ? [['variants', `Variants (${d.variants.length})`]] : []),
        ].map(([id, label]) => (
          <a
            key={id}
            href={`#${id}`}
            className="rounded-full bg-white px-3 py-1 font-medium text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50"
          >
            {label}
          </a>
        ))}
      </nav>
      <div className="space-y-6">
        {d.created && !r ? (
          <Alert tone="success">
            Product created.{' '}
            {p.kind === 'physical' ? 'Add its images and variants below.' : 'Add its images below.'}
          </Alert>
        ) : null}
        {d.canManage ? null : <Alert tone="info">Your role can see the catalog but not change it.</Alert>}
        <Card id="details" title="Details">
          <Message r={r} card="details" />
          <ProductForm
            key={p.updatedAt}
            kind={p.kind}
            mode="edit"
            defaultValue={d.defaults}
            lastResult={r?.intent === 'save' ? r.result : undefined}
            categories={d.categories}
            currencies={d.currencies}
            shipsTo={d.shipsTo}
            file={d.file}
            hasVariants={d.variants.length > 0}
            readOnly={!d.canManage}
          />
        </Card>
        <div>
          <Message r={r} card="images" />
          <ProductImages images={d.images} canManage={d.canManage} result={r} max={d.maxImages} />
        </div>
        {p.kind === 'physical' ? (
          <div>
            <Message r={r} card="variants" />
            <ProductVariants
              variants={d.variants}
              currency={p.currency}
              productPrice={d.productPrice}
              canManage={d.canManage}
              result={r}
            />
          </div>
        ) : null}
        {d.canManage ? (
          <ConfirmCard
            title="Delete"
            summary="Delete this product…"
            intent="delete"
            confirmLabel={`Yes, delete “${p.name}”`}
          >
            “{p.name}” leaves the catalog and your store at once. Orders that include it keep it, and its slug
            and SKU stay reserved.
          </ConfirmCard>
        ) : null}
      </div>
    </>
  );
}
