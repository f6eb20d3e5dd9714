import { createPostInput, navPlacements } from '@mewayz/contracts';
import { blogService, sitesService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  Field,
  PageHeader,
  Select,
} from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult, fail, parseWith } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.site?.name ?? 'Site'} · Blog · Mewayz` },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'sites.view');
  try {
    const deps = depsOf(context);
    const siteId = params.siteId!;
    const [site, posts] = await Promise.all([
      sitesService.getSite(deps, ctx.scope, siteId),
      blogService.listPosts(deps, ctx.scope, siteId),
    ]);
    return { site, posts, canEdit: ctx.can('sites.edit') };
  } catch (err) {
    return appErrorToResult(err) as never;
  }
}

const newPostForm = createPostInput.pick({ title: true, slug: true });
/** `create` writes a draft and opens it in the editor; `menu` puts the blog in the site's menus (next publish). */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'sites.edit');
  const siteId = params.siteId!;
  try {
    switch (intent) {
      case 'create': {
        const slug = String(form.get('slug') ?? '').trim();
        const parsed = parseWith(newPostForm, { title: form.get('title') ?? '', ...(slug ? { slug } : {}) });
        if (!parsed.ok) return fail('Check the post’s title and address.', parsed.fieldErrors, { intent });
        const post = await blogService.createPost(deps, ctx.scope, ctx.actor, siteId, parsed.data);
        return redirect(`/sites/${siteId}/blog/${post.id}`);
      }
      case 'menu': {
        const nav = String(form.get('blogNav') ?? '');
        if (!(navPlacements as readonly string[]).includes(nav))
          return fail('Choose where the blog appears.', { blogNav: 'Choose a menu' }, { intent });
        const site = await sitesService.getSite(deps, ctx.scope, siteId);
        await sitesService.updateSite(deps, ctx.scope, ctx.actor, siteId, {
          settings: { ...site.settings, blogNav: nav as (typeof navPlacements)[number] },
        });
        return data({ ok: true, intent, message: 'Menu saved. Publish the site to show it.' });
      }
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
}

const statusTone = { draft: 'slate', published: 'green', scheduled: 'amber' } as const;
const navLabels: Record<(typeof navPlacements)[number], string> = {
  header: 'Header menu',
  footer: 'Footer menu',
  both: 'Header and footer',
  none: 'No menu',
};

export default function SiteBlog() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as
    | (ActionFailure & { intent?: string })
    | { ok: true; intent: string; message: string }
    | undefined;
  const errors = r && !r.ok ? r.fieldErrors : {};
  const siteUrl = d.site.url.replace(/\/$/, '');
  return (
    <>
      <PageHeader
        title={`Blog of ${d.site.name}`}
        description="Posts in Markdown with a cover, tags and a publish date, at /blog of your site with RSS and Atom feeds. Publishing a post puts it live at once."
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
          <Card title="Write a post">
            <ActionForm intent="create" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
              <Field name="title" label="Title" placeholder="Spring glazes" required error={errors.title} />
              <Field
                name="slug"
                label="Address (optional)"
                placeholder="spring-glazes"
                autoCapitalize="none"
                spellCheck={false}
                error={errors.slug}
              />
              <Button type="submit" intent="create" className="sm:mt-7">
                New post
              </Button>
            </ActionForm>
          </Card>
        ) : null}
        <Card title="Posts">
          {d.posts.length === 0 ? (
            <EmptyState title="No posts yet">Write your first post above.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="posts">
              {d.posts.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <div className="min-w-0">
                    <Link
                      to={`/sites/${d.site.id}/blog/${p.id}`}
                      className="font-medium break-words text-slate-900 underline-offset-2 hover:underline"
                    >
                      {p.title}
                    </Link>
                    <p className="text-xs break-all text-slate-500">
                      /blog/{p.slug} · {p.readingMinutes} min read
                      {p.publishedAt ? ` · ${p.publishedAt.replace('T', ' ').slice(0, 16)} UTC` : ''}
                    </p>
                  </div>
                  <div className="flex items-center gap-3">
                    <Badge tone={statusTone[p.status]}>{p.status}</Badge>
                    {p.status === 'published' ? (
                      <a
                        className="text-sm text-indigo-700 underline"
                        href={`${siteUrl}/blog/${p.slug}`}
                        target="_blank"
                        rel="noreferrer"
                      >
                        View
                      </a>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="In the site’s menus">
          {d.canEdit ? (
            <ActionForm intent="menu" className="flex flex-wrap items-end gap-3">
              <Select
                name="blogNav"
                label="Blog link"
                defaultValue={d.site.settings.blogNav ?? 'none'}
                error={errors.blogNav}
                className="min-w-48"
              >
                {navPlacements.map((n) => (
                  <option key={n} value={n}>
                    {navLabels[n]}
                  </option>
                ))}
              </Select>
              <Button type="submit" intent="menu" variant="secondary">
                Save menu
              </Button>
            </ActionForm>
          ) : (
            <p className="text-sm text-slate-600">{navLabels[d.site.settings.blogNav ?? 'none']}</p>
          )}
          <p className="mt-3 text-sm text-slate-600">
            Feeds:{' '}
            <a className="text-indigo-700 underline" href={`${siteUrl}/blog/rss.xml`}>
              RSS
            </a>{' '}
            ·{' '}
            <a className="text-indigo-700 underline" href={`${siteUrl}/blog/atom.xml`}>
              Atom
            </a>
          </p>
        </Card>
      </div>
    </>
  );
}
