import type { SubmissionResult } from '@conform-to/react';
import { commerceService, NotFound } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { ProductsBreadcrumb } from '../components/catalog/fields.tsx';
import { MoveButtons, useMoveFocus } from '../components/catalog/move-buttons.tsx';
import { FormField, FormSelect, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { ActionForm, Alert, Button, Card, EmptyState, PageHeader } from '../components/ui.tsx';
import { selfAndBelow, siblingIds, type TreeCategory } from '../lib/catalog/category-tree.ts';
import { categoryCreateSchema, categoryUpdateSchema, moveRequest } from '../lib/catalog/forms.ts';
import { categoriesOf, categoryCap } from '../lib/catalog/pages.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { appErrorToResult, replyWithAppError } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Categories · Products · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.view');
  const { tree, total } = await categoriesOf(depsOf(context), ctx.scope);
  return { tree, total, cap: categoryCap, canManage: ctx.can('commerce.manage') };
}

type Result = {
  ok: boolean;
  intent: string;
  message: string;
  categoryId?: string;
  focus?: string;
  result?: SubmissionResult<string[]>;
};

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'commerce.manage');
  const categoryId = String(form.get('categoryId') ?? '');
  const answer = (r: Omit<Result, 'intent'>) => data<Result>({ ...r, intent }, { status: r.ok ? 200 : 422 });
  try {
    if (intent === 'create') {
      const submission = parseSubmission(form, categoryCreateSchema);
      if (submission.status !== 'success')
        return answer({ ok: false, message: '', result: submission.reply() });
      try {
        const c = await commerceService.createCategory(deps, ctx.scope, ctx.actor, {
          name: submission.value.name,
          parentId: submission.value.parentId ?? null,
        });
        return answer({
          ok: true,
          message: `Category “${c.name}” added.`,
          result: submission.reply({ resetForm: true }),
        });
      } catch (err) {
        return answer({
          ok: false,
          message: (err as Error).message,
          result: replyWithAppError(submission, err),
        });
      }
    }
    if (intent === 'update') {
      const submission = parseSubmission(form, categoryUpdateSchema);
      if (submission.status !== 'success')
        return answer({ ok: false, message: '', categoryId, result: submission.reply() });
      try {
        const c = await commerceService.updateCategory(deps, ctx.scope, ctx.actor, categoryId, {
          name: submission.value.name,
          parentId: submission.value.parentId ?? null,
        });
        return answer({ ok: true, message: `Category “${c.name}” saved.`, categoryId });
      } catch (err) {
        return answer({
          ok: false,
          message: (err as Error).message,
          categoryId,
          result: replyWithAppError(submission, err),
        });
      }
    }
    if (intent === 'move') {
      const { tree } = await categoriesOf(deps, ctx.scope);
      const c = tree.find((x) => x.id === categoryId);
      if (!c) throw new NotFound('Category');
      const { dir, order, changed } = moveRequest(siblingIds(tree, c.id), c.id, form);
      if (changed)
        await commerceService.reorderCategories(deps, ctx.scope, ctx.actor, c.parentId, { ids: order });
      return answer({ ok: true, message: `“${c.name}” moved.`, focus: `category-${c.id}-${dir}` });
    }
    if (intent === 'delete') {
      const { tree } = await categoriesOf(deps, ctx.scope);
      const c = tree.find((x) => x.id === categoryId);
      await commerceService.deleteCategory(deps, ctx.scope, ctx.actor, categoryId);
      return answer({
        ok: true,
        message: `Category “${c?.name ?? ''}” deleted. Its subcategories moved up a level; its products stay in the catalog.`,
      });
    }
    throw new Response('Unknown action.', { status: 400 });
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
}

/** The places a category may sit: the top, or under any category but itself and those below it. */
function parentOptions(tree: TreeCategory[], except?: string) {
  const barred = except ? selfAndBelow(tree, except) : new Set<string>();
  return [
    { value: '', label: 'Top level' },
    ...tree.filter((c) => !barred.has(c.id)).map((c) => ({ value: c.id, label: c.path })),
  ];
}

function NewCategoryForm({
  tree,
  lastResult,
}: {
  tree: TreeCategory[];
  lastResult?: SubmissionResult<string[]>;
}) {
  const [form, fields] = useMewayzForm(categoryCreateSchema, { id: 'new-category', lastResult });
  return (
    <MewayzForm form={form} intent="create" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
      <FormField meta={fields.name} label="Name" placeholder="Prints" />
      <FormSelect meta={fields.parentId} label="Inside" options={parentOptions(tree)} />
      <Button type="submit" intent="create" className="sm:mt-7">
        Add category
      </Button>
    </MewayzForm>
  );
}

function EditCategoryForm({
  c,
  tree,
  lastResult,
}: {
  c: TreeCategory;
  tree: TreeCategory[];
  lastResult?: SubmissionResult<string[]>;
}) {
  const [form, fields] = useMewayzForm(categoryUpdateSchema, {
    id: `category-${c.id}`,
    lastResult,
    defaultValue: { name: c.name, parentId: c.parentId ?? '' },
  });
  return (
    <MewayzForm form={form} intent="update" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
      <input type="hidden" name="categoryId" value={c.id} />
      <FormField meta={fields.name} label="Name" />
      <FormSelect meta={fields.parentId} label="Inside" options={parentOptions(tree, c.id)} />
      <Button type="submit" size="sm" intent="update" className="sm:mt-8">
        Save<span className="sr-only"> {c.name}</span>
      </Button>
    </MewayzForm>
  );
}

export default function Categories() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Result | undefined;
  useMoveFocus(r);
  const replyTo = (intent: string, id?: string) =>
    r && r.intent === intent && (!id || r.categoryId === id) ? r.result : undefined;
  return (
    <>
      <ProductsBreadcrumb />
      <PageHeader
        title="Categories"
        description="Group products for your store’s menu: categories can sit inside each other."
      />
      <div className="space-y-6">
        {r?.message ? <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert> : null}
        {d.canManage ? (
          <Card title="New category">
            <NewCategoryForm tree={d.tree} lastResult={replyTo('create')} />
          </Card>
        ) : null}
        <Card
          title="Your categories"
          description={d.total > d.cap ? `The first ${d.cap} are shown.` : undefined}
        >
          {d.tree.length === 0 ? (
            <EmptyState title="No categories yet">
              {d.canManage ? 'Add one above, then pick it on a product.' : 'None have been made yet.'}
            </EmptyState>
          ) : (
            <ul className="-my-3 divide-y divide-slate-100" aria-label="Categories, in tree order">
              {d.tree.map((c) => {
                const editReply = replyTo('update', c.id);
                return (
                  <li
                    key={c.id}
                    className="py-3"
                    style={{ paddingLeft: `${Math.min(c.depth, 6) * 1.25}rem` }}
                    data-testid="category-row"
                  >
                    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
                      <div className="min-w-0 flex-1 basis-40">
                        <p className="font-medium break-words text-slate-900">
                          {c.depth > 0 ? (
                            <span aria-hidden="true" className="text-slate-400">
                              ↳{' '}
                            </span>
                          ) : null}
                          {c.name}
                        </p>
                        <p className="text-xs break-all text-slate-600">
                          {c.depth > 0 ? `In ${c.path.slice(0, c.path.lastIndexOf(' › '))} · ` : ''}/{c.slug}
                        </p>
                      </div>
                      {d.canManage ? (
                        <MoveButtons
                          intent="move"
                          idField="categoryId"
                          id={c.id}
                          name={c.name}
                          index={c.index}
                          count={c.siblings}
                        />
                      ) : null}
                    </div>
                    {d.canManage ? (
                      <details className="mt-2" open={editReply?.status === 'error'}>
                        <summary className="cursor-pointer text-sm font-medium text-indigo-700 hover:underline">
                          Edit<span className="sr-only"> {c.name}</span>
                        </summary>
                        <div className="mt-3 space-y-4 rounded-lg bg-slate-50 p-4">
                          <EditCategoryForm
                            key={`${c.id}:${c.name}:${c.parentId}`}
                            c={c}
                            tree={d.tree}
                            lastResult={editReply}
                          />
                          <ActionForm intent="delete" className="space-y-2 border-t border-slate-200 pt-4">
                            <input type="hidden" name="categoryId" value={c.id} />
                            <p className="text-xs text-slate-600">
                              Deleting it moves its subcategories up a level; its products stay in the
                              catalog.
                            </p>
                            <Button type="submit" size="sm" variant="danger" intent="delete">
                              Delete {c.name}
                            </Button>
                          </ActionForm>
                        </div>
                      </details>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
