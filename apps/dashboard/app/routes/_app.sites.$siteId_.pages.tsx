import type { SubmissionResult } from '@conform-to/react';
import { createPageInput, navPlacements, newPageForm, rollbackInput } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormField, FormSelect, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { ActionForm, Alert, Badge, Button, Card, EmptyState, PageHeader } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { appErrorToResult, replyWithAppError } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.site?.name ?? 'Site'} · Pages · Mewayz` },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'sites.view');
  try {
    const deps = depsOf(context);
    const siteId = params.siteId!;
    const [site, pages, versions] = await Promise.all([
      sitesService.getSite(deps, ctx.scope, siteId),
      sitesService.listPages(ctx.scope, siteId),
      sitesService.listVersions(ctx.scope, siteId),
    ]);
    return { site, pages, versions, canEdit: ctx.can('sites.edit') };
  } catch (err) {
    return appErrorToResult(err) as never;
  }
}

type Result = { ok: boolean; intent: string; message: string; result?: SubmissionResult<string[]> };

/**
 * `create` adds a published page that opens with its title as a heading (live at the next publish),
 * `publish` publishes the site, `rollback` serves an earlier version again at once.
 */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'sites.edit');
  const siteId = params.siteId!;
  try {
    switch (intent) {
      case 'create': {
        const submission = parseSubmission(form, newPageForm);
        if (submission.status !== 'success')
          return data<Result>(
            { ok: false, intent, message: '', result: submission.reply() },
            { status: 400 },
          );
        try {
          const input = createPageInput.parse({ ...submission.value, published: true });
          const page = await sitesService.createPage(deps, ctx.scope, ctx.actor, siteId, input);
          await sitesService.createSection(deps, ctx.scope, ctx.actor, page.id, {
            kind: 'hero',
            variant: 'centered',
            data: { heading: page.title },
          });
          return data<Result>({
            ok: true,
            intent,
            message: `Page /${page.slug} added. Publish to put it live.`,
            result: submission.reply({ resetForm: true }),
          });
        } catch (err) {
          const result = replyWithAppError(submission, err);
          return data<Result>({ ok: false, intent, message: '', result }, { status: 400 });
        }
      }
      case 'publish': {
        const site = await sitesService.publishSite(deps, ctx.scope, ctx.actor, siteId);
        return data<Result>({ ok: true, intent, message: `Published as version ${site.publishedVersion}.` });
      }
      case 'rollback': {
        const parsed = rollbackInput.safeParse({ version: Number(form.get('version')) });
        if (!parsed.success)
          return data<Result>(
            { ok: false, intent, message: 'Choose a version to go back to.' },
            { status: 400 },
          );
        const { version } = parsed.data;
        const site = await sitesService.rollbackSite(deps, ctx.scope, ctx.actor, siteId, version);
        return data<Result>({
          ok: true,
          intent,
          message: `Version ${version} is live again (as version ${site.publishedVersion}).`,
        });
      }
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
}

const navLabels: Record<(typeof navPlacements)[number], string> = {
  header: 'Header menu',
  footer: 'Footer menu',
  both: 'Header and footer',
  none: 'No menu',
};

export default function SitePages() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Result | { ok: false; message: string } | undefined;
  const [form, fields] = useMewayzForm(newPageForm, {
    id: 'new-page',
    defaultValue: { nav: 'header' },
    lastResult: r && 'intent' in r && r.intent === 'create' ? r.result : undefined,
  });
  const siteUrl = d.site.url.replace(/\/$/, '');
  return (
    <>
      <PageHeader
        title={`Pages of ${d.site.name}`}
        description="Pages beyond your bio page, in your site’s menus. Every publish is a version you can go back to."
        actions={
          <Link className="text-sm font-medium text-indigo-700 underline" to={`/sites/${d.site.id}`}>
            Back to the editor
          </Link>
        }
      />
      {r?.message ? (
        <div className="mb-6">
          <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
        </div>
      ) : null}
      <div className="space-y-6">
        {d.canEdit ? (
          <Card title="Add a page">
            <MewayzForm
              form={form}
              intent="create"
              className="grid gap-4 sm:grid-cols-[1fr_1fr_12rem_auto] sm:items-start"
            >
              <FormField meta={fields.title} label="Title" placeholder="About" />
              <FormField
                meta={fields.slug}
                label="Address"
                placeholder="about"
                autoCapitalize="none"
                spellCheck={false}
              />
              <FormSelect
                meta={fields.nav}
                label="Menu"
                options={navPlacements.map((n) => ({ value: n, label: navLabels[n] }))}
              />
              <Button type="submit" intent="create" className="sm:mt-7">
                Add page
              </Button>
            </MewayzForm>
          </Card>
        ) : null}
        <Card
          title="Pages"
          actions={
            d.canEdit ? (
              <ActionForm intent="publish">
                <Button type="submit" intent="publish">
                  Publish site
                </Button>
              </ActionForm>
            ) : null
          }
        >
          {d.pages.length === 0 ? (
            <EmptyState title="No pages yet">Your site is its bio page for now.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="pages">
              {d.pages.map((p) => (
                <li
                  key={p.id}
                  data-page-id={p.id}
                  className="flex flex-wrap items-center justify-between gap-2 py-3"
                >
                  <span className="min-w-0">
                    <Link
                      className="font-medium text-slate-900 underline decoration-slate-300 hover:decoration-slate-900"
                      to={`/sites/${d.site.id}/pages/${p.id}`}
                    >
                      {p.title}
                    </Link>{' '}
                    <a className="break-all text-sm text-indigo-700 underline" href={`${siteUrl}/${p.slug}`}>
                      /{p.slug}
                    </a>
                  </span>
                  <span className="flex flex-wrap gap-2">
                    <Badge tone={p.published ? 'green' : 'amber'}>
                      {p.published ? 'published' : 'draft'}
                    </Badge>
                    <Badge tone="slate">{p.role === 'not_found' ? '404 page' : navLabels[p.nav]}</Badge>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card
          title="Versions"
          description="The newest is live. Going back publishes that version again, at once."
        >
          {d.versions.length === 0 ? (
            <EmptyState title="Not published yet">Publish to make the first version.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="versions">
              {d.versions.map((v) => (
                <li key={v.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
                  <span>
                    <span className="font-medium text-slate-900">Version {v.version}</span>{' '}
                    <span className="text-slate-600">
                      · {v.publishedAt.replace('T', ' ').slice(0, 16)} UTC · {v.pages}{' '}
                      {v.pages === 1 ? 'page' : 'pages'}
                      {v.restoredFrom ? ` · restores version ${v.restoredFrom}` : ''}
                    </span>
                  </span>
                  {v.live ? (
                    <Badge tone="green">live</Badge>
                  ) : d.canEdit ? (
                    <ActionForm intent="rollback">
                      <input type="hidden" name="version" value={v.version} />
                      <Button type="submit" variant="secondary" intent="rollback">
                        Go back to version {v.version}
                      </Button>
                    </ActionForm>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
