import type { SubmissionResult } from '@conform-to/react';
import { type CreateProductInput, currencyCodes, type ProductKind, productKinds } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { ProductsBreadcrumb } from '../components/catalog/fields.tsx';
import { ProductForm } from '../components/catalog/product-form.tsx';
import { Alert, Card, PageHeader } from '../components/ui.tsx';
import { forgetUpload, storeDownload } from '../lib/catalog/files.server.ts';
import { productFields, productFormSchema } from '../lib/catalog/forms.ts';
import { kindInfo } from '../lib/catalog/kinds.ts';
import { categoriesOf, newProductDefaults } from '../lib/catalog/pages.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { replyWithAppError } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'New product · Mewayz' }];

const kindOf = (value: unknown): ProductKind | null =>
  (productKinds as readonly unknown[]).includes(value) ? (value as ProductKind) : null;

/** First the kind (`?kind=`), then that kind's form: each kind has fields of its own. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.manage');
  const kind = kindOf(new URL(request.url).searchParams.get('kind'));
  const deps = depsOf(context);
  const { tree } = await categoriesOf(deps, ctx.scope);
  return {
    kind,
    defaults: kind ? newProductDefaults(kind) : {},
    categories: tree.map((c) => ({ id: c.id, label: c.path })),
    currencies: currencyCodes,
    shipsTo: commerceService.platformShipsTo(deps),
  };
}

type Result = { message: string; result: SubmissionResult<string[]> };

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps } = await workspaceAction(request, context, 'commerce.manage');
  const kind = kindOf(form.get('kind'));
  if (!kind) throw new Response('Choose what kind of product to create.', { status: 400 });
  const submission = parseSubmission(form, productFormSchema(kind));
  const refused = (message: string, result: SubmissionResult<string[]>) =>
    data<Result>({ message, result }, { status: 422 });
  if (submission.status !== 'success') return refused('Check the highlighted fields.', submission.reply());
  const v = submission.value;
  const input = {
    kind,
    ...productFields(kind, v),
    ...(v.slug ? { slug: v.slug } : {}),
  } as CreateProductInput;
  let uploaded: string | null = null;
  if (kind === 'digital' && v.file && input.kind === 'digital') {
    const up = await storeDownload(deps, ctx.org.id, v.file as unknown as File);
    if (!up.ok)
      return refused('The file could not be used.', submission.reply({ fieldErrors: { file: [up.error] } }));
    uploaded = up.key;
    input.download = { ...input.download, fileKey: up.key };
  }
  try {
    const product = await commerceService.createProduct(deps, ctx.scope, ctx.actor, input);
    return redirect(`/products/${product.id}?created=1`);
  } catch (err) {
    if (uploaded) await forgetUpload(deps, uploaded);
    return refused((err as Error).message, replyWithAppError(submission, err));
  }
}

export default function NewProduct() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Result | undefined;
  if (!d.kind)
    return (
      <>
        <PageHeader
          title="New product"
          description="What are you selling? Each kind has the fields it needs."
        />
        <ul className="grid gap-4 md:grid-cols-3">
          {productKinds.map((k) => (
            <li key={k}>
              <Link
                to={`?kind=${k}`}
                className="block h-full rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 transition hover:ring-indigo-400 focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                <span className="block font-semibold text-slate-900">{kindInfo[k].label}</span>
                <span className="mt-1 block text-sm text-slate-600">{kindInfo[k].description}</span>
              </Link>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <>
      <ProductsBreadcrumb />
      <PageHeader
        title={`New ${kindInfo[d.kind].label.toLowerCase()}`}
        description={kindInfo[d.kind].description}
        actions={
          <Link to="/products/new" className="text-sm font-semibold text-indigo-700 hover:underline">
            Another kind
          </Link>
        }
      />
      {r?.message ? (
        <div className="mb-6">
          <Alert>{r.message}</Alert>
        </div>
      ) : null}
      <Card>
        <ProductForm
          kind={d.kind}
          mode="create"
          defaultValue={d.defaults}
          lastResult={r?.result}
          categories={d.categories}
          currencies={d.currencies}
          shipsTo={d.shipsTo}
        />
      </Card>
      <p className="mt-4 text-sm text-slate-600">
        Images{d.kind === 'physical' ? ' and variants (sizes, colours)' : ''} come next, once the product
        exists.
      </p>
    </>
  );
}
