import { formatBytes, MAX_POST_BODY, MAX_POST_COVER_BYTES } from '@mewayz/contracts';
import { blogService, sitesService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { fileInput } from '../components/courses/lesson-files.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Field,
  PageHeader,
  TextArea,
} from '../components/ui.tsx';
import { imageSrc } from '../lib/catalog/pages.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult, fail } from '../lib/forms.server.ts';
import { chosenFile } from '../lib/media.server.ts';
import { renderPostPreview } from '../lib/preview.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.post?.title ?? 'Post'} · Blog · Mewayz` },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'sites.view');
  try {
    const deps = depsOf(context);
    const [site, post] = await Promise.all([
      sitesService.getSite(deps, ctx.scope, params.siteId!),
      blogService.getPost(deps, ctx.scope, params.postId!),
    ]);
    // A post of another site of the workspace is not this page's.
    if (post.siteId !== site.id) throw new Response('Not found', { status: 404 });
    const preview = await renderPostPreview(deps, ctx.scope, site, post);
    return {
      site,
      post,
      coverSrc: post.coverKey ? imageSrc(post.coverKey) : null,
      preview,
      canEdit: ctx.can('sites.edit'),
    };
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err) as never;
  }
}

type Result = { ok: true; intent: string; message: string } | (ActionFailure & { intent?: string });

/** `datetime-local` gives a wall-clock time without a zone; the editor labels it UTC. */
function instantOf(value: unknown): string | null {
  const v = String(value ?? '').trim();
  if (!v) return null;
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(v) ? `${v}:00Z` : v;
}

/** What the editor's main form says, in the shape of `updatePostInput` (core judges it). */
function postFieldsOf(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? '');
  const seoTitle = text('seo.title').trim();
  const seoDescription = text('seo.description').trim();
  return {
    title: text('title'),
    slug: text('slug'),
    excerpt: text('excerpt'),
    body: text('body').replace(/\r\n/g, '\n'),
    coverAlt: text('coverAlt'),
    tags: text('tags')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    publishedAt: instantOf(form.get('publishedAt')),
    seo: {
      ...(seoTitle ? { title: seoTitle } : {}),
      ...(seoDescription ? { description: seoDescription } : {}),
      noindex: form.get('seo.noindex') === 'on',
    },
  };
}

const MAX_EDITOR_BODY_BYTES = MAX_POST_COVER_BYTES + 64 * 1024;

export async function action({ request, context, params }: ActionFunctionArgs) {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_EDITOR_BODY_BYTES)
    return fail(
      `That file is too large: covers may be at most ${formatBytes(MAX_POST_COVER_BYTES)}.`,
      {},
      {},
      413,
    );
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'sites.edit');
  const siteId = params.siteId!;
  const postId = params.postId!;
  const done = (message: string) => data<Result>({ ok: true, intent, message });
  try {
    const post = await blogService.getPost(deps, ctx.scope, postId);
    if (post.siteId !== siteId) throw new Response('Not found', { status: 404 });
    switch (intent) {
      case 'save': {
        const saved = await blogService.updatePost(deps, ctx.scope, ctx.actor, postId, postFieldsOf(form));
        return done(saved.status === 'draft' ? 'Saved as a draft.' : 'Saved: the live post shows it now.');
      }
      case 'publish': {
        // The form's fields are saved first: "publish" means this text, as it stands in the editor.
        await blogService.updatePost(deps, ctx.scope, ctx.actor, postId, postFieldsOf(form));
        const at = instantOf(form.get('publishedAt'));
        const published = await blogService.publishPost(
          deps,
          ctx.scope,
          ctx.actor,
          postId,
          at ? { publishedAt: at } : {},
        );
        return done(
          published.status === 'scheduled'
            ? `Scheduled: it appears on ${published.publishedAt?.replace('T', ' ').slice(0, 16)} UTC.`
            : 'Published: it is on your blog now.',
        );
      }
      case 'unpublish':
        await blogService.unpublishPost(deps, ctx.scope, ctx.actor, postId);
        return done('Taken off the site; it is a draft again.');
      case 'uploadCover': {
        const file = chosenFile(form.get('cover'));
        if (!file) return fail('Choose an image.', { cover: 'Choose an image.' }, { intent });
        await blogService.setPostCover(deps, ctx.scope, ctx.actor, postId, {
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        });
        return done('Cover uploaded.');
      }
      case 'removeCover':
        await blogService.removePostCover(deps, ctx.scope, ctx.actor, postId);
        return done('Cover removed.');
      case 'delete':
        await blogService.deletePost(deps, ctx.scope, ctx.actor, postId);
        return redirect(`/sites/${siteId}/blog`);
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
}

const statusTone = { draft: 'slate', published: 'green', scheduled: 'amber' } as const;

export default function PostEditor() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Result | undefined;
  const errors = r && !r.ok ? r.fieldErrors : {};
  const { post } = d;
  const live = post.status !== 'draft';
  return (
    <>
      <PageHeader
        title={post.title}
        description={`/blog/${post.slug} · ${post.readingMinutes} min read`}
        actions={
          <Link className="text-sm font-medium text-indigo-700 underline" to={`/sites/${d.site.id}/blog`}>
            All posts
          </Link>
        }
      />
      {r?.message ? (
        <div className="mb-6">
          <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
        </div>
      ) : null}
      <div className="grid min-w-0 gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <Card title="Post" actions={<Badge tone={statusTone[post.status]}>{post.status}</Badge>}>
            <ActionForm id="post-form" className="grid gap-4">
              <fieldset disabled={!d.canEdit} className="grid min-w-0 gap-4">
                <Field name="title" label="Title" defaultValue={post.title} required error={errors.title} />
                <Field
                  name="slug"
                  label="Address"
                  defaultValue={post.slug}
                  autoCapitalize="none"
                  spellCheck={false}
                  error={errors.slug}
                  hint={`/blog/${post.slug}`}
                />
                <TextArea
                  name="body"
                  label="Text (Markdown)"
                  defaultValue={post.body}
                  rows={14}
                  maxLength={MAX_POST_BODY}
                  error={errors.body}
                  hint="## Headings, **bold**, _italic_, lists, > quotes, `code`, [links](https://example.com) and images: ![what it shows](https://…). No HTML."
                />
                <TextArea
                  name="excerpt"
                  label="Excerpt"
                  defaultValue={post.excerpt}
                  rows={2}
                  error={errors.excerpt}
                  hint="Shown on the blog’s index and in feeds; the text’s start when empty."
                />
                <Field
                  name="tags"
                  label="Tags"
                  defaultValue={post.tags.join(', ')}
                  placeholder="glazes, kiln"
                  autoCapitalize="none"
                  error={errors.tags ?? Object.entries(errors).find(([k]) => k.startsWith('tags.'))?.[1]}
                  hint="Separated by commas: lower-case words."
                />
                <Field
                  name="publishedAt"
                  label="Publish date (UTC)"
                  type="datetime-local"
                  defaultValue={post.publishedAt?.slice(0, 16) ?? ''}
                  error={errors.publishedAt}
                  hint="A future date schedules the post: it appears from then on."
                />
                <Field
                  name="coverAlt"
                  label="Cover description"
                  defaultValue={post.coverAlt}
                  error={errors.coverAlt}
                />
                <Field
                  name="seo.title"
                  label="Search title"
                  defaultValue={post.seo.title ?? ''}
                  error={errors['seo.title']}
                />
                <Field
                  name="seo.description"
                  label="Search description"
                  defaultValue={post.seo.description ?? ''}
                  error={errors['seo.description']}
                />
                <Checkbox
                  name="seo.noindex"
                  label="Keep out of search engines"
                  defaultChecked={post.seo.noindex}
                />
              </fieldset>
              {d.canEdit ? (
                <div className="flex flex-wrap gap-3">
                  <Button type="submit" name="_intent" value="save" variant="secondary">
                    Save
                  </Button>
                  <Button type="submit" name="_intent" value="publish">
                    {live ? 'Save and publish again' : 'Save and publish'}
                  </Button>
                </div>
              ) : null}
            </ActionForm>
          </Card>
          <Card title="Cover image">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
              {d.coverSrc ? (
                <img
                  src={d.coverSrc}
                  alt={post.coverAlt || 'The post’s cover'}
                  width={192}
                  height={101}
                  className="h-[101px] w-48 rounded-lg object-cover ring-1 ring-slate-200"
                  data-testid="post-cover"
                />
              ) : (
                <p className="text-sm text-slate-600">
                  {post.coverKey ? 'The demo artwork.' : 'No cover yet.'}
                </p>
              )}
              {d.canEdit ? (
                <div className="flex min-w-0 flex-1 flex-col gap-2">
                  <ActionForm
                    intent="uploadCover"
                    encType="multipart/form-data"
                    className="flex flex-col gap-2"
                  >
                    <label htmlFor="cover-file" className="text-xs text-slate-600">
                      A PNG, JPEG, WebP or GIF, at most {formatBytes(MAX_POST_COVER_BYTES)} (1200 × 630 fits
                      best)
                    </label>
                    <input
                      id="cover-file"
                      type="file"
                      name="cover"
                      required
                      accept="image/png,image/jpeg,image/webp,image/gif"
                      className={fileInput}
                    />
                    {errors.cover ? <p className="text-sm text-red-700">{errors.cover}</p> : null}
                    <Button
                      type="submit"
                      intent="uploadCover"
                      variant="secondary"
                      size="sm"
                      className="self-start"
                    >
                      Upload cover
                    </Button>
                  </ActionForm>
                  {post.coverKey ? (
                    <ActionForm intent="removeCover">
                      <Button type="submit" intent="removeCover" variant="ghost" size="sm">
                        Remove cover
                      </Button>
                    </ActionForm>
                  ) : null}
                </div>
              ) : null}
            </div>
          </Card>
          {d.canEdit ? (
            <Card title="On the site">
              <div className="flex flex-wrap gap-3">
                {live ? (
                  <ActionForm intent="unpublish">
                    <Button type="submit" intent="unpublish" variant="secondary">
                      Unpublish
                    </Button>
                  </ActionForm>
                ) : null}
                <ActionForm intent="delete">
                  <Button type="submit" intent="delete" variant="danger">
                    Delete post
                  </Button>
                </ActionForm>
              </div>
            </Card>
          ) : null}
        </div>
        <aside aria-labelledby="post-preview-title" className="min-w-0 xl:sticky xl:top-6 xl:self-start">
          <div className="rounded-2xl bg-slate-900 p-2 shadow-xl">
            <h2
              id="post-preview-title"
              className="px-2 py-1.5 text-xs font-semibold tracking-wide text-slate-300 uppercase"
            >
              Preview
            </h2>
            <iframe
              title="Preview of this post"
              srcDoc={d.preview}
              sandbox="allow-popups allow-popups-to-escape-sandbox"
              className="h-[calc(100dvh-11rem)] max-h-[720px] min-h-[420px] w-full rounded-xl bg-white xl:h-[640px]"
              data-testid="post-preview"
            />
          </div>
        </aside>
      </div>
    </>
  );
}
