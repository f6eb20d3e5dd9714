import { createSiteInput, siteTemplateLabels, siteTemplates } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { FormField, FormSelect, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { Alert, Badge, Button, Card, EmptyState, PageHeader, Pagination } from '../components/ui.tsx';
import { mediaPath } from '../lib/editor/media-path.ts';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { replyWithAppError } from '../lib/forms.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Sites · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  const deps = depsOf(context);
  const paging = pageOf(request);
  const { items, total } = await sitesService.listSites(deps, ctx.scope, paging);
  return {
    sites: items,
    total,
    paging,
    canCreate: ctx.can('sites.manage'),
    rootDomain: deps.config.rootDomain,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps } = await workspaceAction(request, context, 'sites.manage');
  const submission = parseSubmission(form, createSiteInput);
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 });
  try {
    const site = await sitesService.createSite(deps, ctx.scope, ctx.actor, submission.value);
    return redirect(`/sites/${site.id}`);
  } catch (err) {
    return data(replyWithAppError(submission, err), { status: 400 });
  }
}

export default function Sites() {
  const { sites, total, paging, canCreate, rootDomain } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useMewayzForm(createSiteInput, { id: 'create-site', lastResult });
  const [params] = useSearchParams();
  const createForm = canCreate ? (
    <MewayzForm
      form={form}
      className="grid gap-4 text-left sm:grid-cols-2 lg:grid-cols-[1fr_1fr_14rem_auto] lg:items-start"
    >
      <FormField meta={fields.name} label="Site name" placeholder="Alice Rivera" />
      <FormField
        meta={fields.slug}
        label="Address"
        placeholder="alice"
        hint={`Your site lives at <address>.${rootDomain}`}
        autoCapitalize="none"
        spellCheck={false}
      />
      <FormSelect
        meta={fields.template}
        label="Start from"
        options={[
          { value: '', label: 'A blank bio page' },
          ...siteTemplates.map((t) => ({
            value: t,
            label: `${siteTemplateLabels[t].name} template`,
          })),
        ]}
      />
      <Button type="submit" className="lg:mt-7">
        Create site
      </Button>
    </MewayzForm>
  ) : null;
  return (
    <>
      <PageHeader title="Sites" description="Your link-in-bio sites. Edit a draft, then publish it live." />
      {params.get('verified') ? (
        <div className="mb-6">
          <Alert tone="success">Your email address is confirmed. Welcome to Mewayz!</Alert>
        </div>
      ) : null}
      {total === 0 ? (
        <EmptyState title="No sites yet" action={createForm}>
          Create your first site: pick a name and an address. Nothing is public until you publish.
        </EmptyState>
      ) : (
        <div className="space-y-6">
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {sites.map((s) => (
              <li
                key={s.id}
                className="relative min-w-0 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 transition hover:shadow-md hover:ring-indigo-200"
              >
                <div className="flex items-start justify-between gap-3">
                  <div className="flex min-w-0 items-center gap-3">
                    {s.avatarUrl ? (
                      <img
                        src={mediaPath(s.avatarUrl)}
                        alt=""
                        className="size-10 shrink-0 rounded-full object-cover"
                      />
                    ) : (
                      <span
                        aria-hidden="true"
                        className="grid size-10 shrink-0 place-items-center rounded-full bg-gradient-to-br from-indigo-500 to-fuchsia-500 font-semibold text-white"
                      >
                        {s.name.slice(0, 1).toUpperCase()}
                      </span>
                    )}
                    <div className="min-w-0">
                      <h2 className="truncate font-semibold text-slate-900">
                        <Link
                          to={`/sites/${s.id}`}
                          prefetch="intent"
                          className="after:absolute after:inset-0 focus-visible:outline-2 focus-visible:outline-indigo-600"
                        >
                          {s.name}
                        </Link>
                      </h2>
                      <p className="truncate text-sm text-slate-600">
                        {s.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                      </p>
                    </div>
                  </div>
                  <span className="shrink-0 whitespace-nowrap">
                    {s.published ? (
                      s.hasUnpublishedChanges ? (
                        <Badge tone="amber">Draft changes</Badge>
                      ) : (
                        <Badge tone="green">Live</Badge>
                      )
                    ) : (
                      <Badge>Not published</Badge>
                    )}
                  </span>
                </div>
              </li>
            ))}
          </ul>
          <Pagination {...paging} total={total} />
          {createForm ? <Card title="New site">{createForm}</Card> : null}
        </div>
      )}
    </>
  );
}
