import { navPlacements, type SectionKind, sectionKindNames } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import {
  Link,
  useActionData,
  useFetcher,
  useLoaderData,
  useNavigation,
  useRouteLoaderData,
} from '@remix-run/react';
import { DragHandle } from '../components/block-row.tsx';
import { SectionFields } from '../components/section-fields.tsx';
import { SortableList } from '../components/sortable-list.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  cx,
  EmptyState,
  Field,
  PageHeader,
  Select,
} from '../components/ui.tsx';
import { editorCatalog } from '../lib/editor/loader-data.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult, type FieldErrors } from '../lib/forms.server.ts';
import { type PageEditorResult, runPageIntent } from '../lib/page-editor.server.ts';
import { renderPageDraftPreview } from '../lib/preview.server.ts';
import {
  type Choices,
  sectionForms,
  sectionKindLabels,
  variantLabel,
  variantsOf,
} from '../lib/section-form.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.page?.title ?? 'Page'} · ${data?.site?.name ?? 'Site'} · Mewayz` },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'sites.view');
  try {
    const deps = depsOf(context);
    const [site, page, sections, catalog] = await Promise.all([
      sitesService.getSite(deps, ctx.scope, params.siteId!),
      sitesService.getPage(ctx.scope, params.pageId!),
      sitesService.listSections(ctx.scope, params.pageId!),
      editorCatalog(deps, ctx),
    ]);
    if (page.siteId !== site.id) throw new Response('Not found', { status: 404 });
    const preview = await renderPageDraftPreview(deps, ctx.scope, site, page.id);
    return {
      site,
      page,
      sections,
      preview,
      // What product and course sections can name, for their selects.
      choices: {
        categories: catalog.categories.map((c) => [c.id, c.name] as const),
        courses: catalog.courses.map(
          (c) => [c.id, c.published ? c.name : `${c.name} (not published)`] as const,
        ),
      } satisfies Choices,
      copied: new URL(request.url).searchParams.has('copied'),
      canEdit: ctx.can('sites.edit'),
    };
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err) as never;
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'sites.edit');
  return runPageIntent(deps, ctx, params.siteId!, params.pageId!, form, intent);
}

const navLabels: Record<(typeof navPlacements)[number], string> = {
  header: 'Header menu',
  footer: 'Footer menu',
  both: 'Header and footer',
  none: 'No menu',
};

type Result = PageEditorResult & { fieldErrors?: FieldErrors };

export default function PageEditor() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Result | undefined;
  const nav = useNavigation();
  const busy = nav.state !== 'idle';
  const siteUrl = d.site.url.replace(/\/$/, '');
  const settingsErrors = r?.intent === 'page-settings' ? (r.fieldErrors ?? {}) : {};
  const topMessage = r?.message && !r.sectionId ? r : undefined;
  const sectionsById = new Map(d.sections.map((s) => [s.id, s]));
  // Drag and drop (and Alt+arrows) save each new order at once, without leaving the page.
  const reorder = useFetcher<typeof action>({ key: 'reorder-sections' });
  const csrf = useRouteLoaderData<{ csrf: string }>('root')?.csrf ?? '';
  return (
    <>
      <PageHeader
        title={d.page.title}
        description={
          <>
            <a className="break-all text-indigo-700 underline" href={`${siteUrl}/${d.page.slug}`}>
              {`${siteUrl}/${d.page.slug}`}
            </a>{' '}
            <Badge tone={d.page.published ? 'green' : 'amber'}>
              {d.page.published ? 'published' : 'draft'}
            </Badge>
          </>
        }
        actions={
          <Link className="text-sm font-medium text-indigo-700 underline" to={`/sites/${d.site.id}/pages`}>
            All pages
          </Link>
        }
      />
      {d.copied ? (
        <div className="mb-6">
          <Alert tone="success">This is a copy: a draft in no menu. Rename it, then publish.</Alert>
        </div>
      ) : null}
      {reorder.data && !(reorder.data as Result).ok ? (
        <div className="mb-6">
          <Alert tone="error">{(reorder.data as Result).message}</Alert>
        </div>
      ) : null}
      {topMessage ? (
        <div className="mb-6">
          <Alert tone={topMessage.ok ? 'success' : 'error'}>{topMessage.message}</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <div className="min-w-0 space-y-6">
          {d.canEdit ? (
            <Card
              title="Publish"
              description="Publish this page alone (the rest of the site stays as it is live), or the whole draft."
            >
              <div className="flex flex-wrap gap-3">
                <ActionForm intent="publish-page">
                  <Button type="submit" intent="publish-page" disabled={busy}>
                    Publish this page
                  </Button>
                </ActionForm>
                <ActionForm intent="publish-site">
                  <Button type="submit" variant="secondary" intent="publish-site" disabled={busy}>
                    Publish whole site
                  </Button>
                </ActionForm>
                <ActionForm intent="duplicate-page">
                  <Button type="submit" variant="secondary" intent="duplicate-page" disabled={busy}>
                    Duplicate page
                  </Button>
                </ActionForm>
              </div>
            </Card>
          ) : null}
          <Card title="Sections" description="Top to bottom, as visitors see them.">
            {d.sections.length === 0 ? (
              <EmptyState title="No sections yet">Add one below: it starts with text to replace.</EmptyState>
            ) : (
              <SortableList
                className="space-y-3"
                data-testid="sections"
                aria-label="Sections of this page"
                ids={d.sections.map((s) => s.id)}
                enabled={d.canEdit}
                labelOf={(id) =>
                  `${sectionKindLabels[sectionsById.get(id)?.kind as SectionKind] ?? 'Section'}`
                }
                handleIdOf={(id) => `grip-${id}`}
                commit={(next) =>
                  reorder.submit(
                    { _csrf: csrf, _intent: 'reorder-sections', sectionIds: next.join(',') },
                    { method: 'post' },
                  )
                }
                renderItem={({ id, index: i, count, sortable, step }) => {
                  const s = sectionsById.get(id)!;
                  const mine = r?.sectionId === s.id ? r : undefined;
                  const kind = s.kind as SectionKind;
                  const draft = mine && !mine.ok ? mine.draft : undefined;
                  return (
                    <li
                      key={s.id}
                      ref={sortable?.setNodeRef}
                      style={sortable?.style}
                      className={cx(
                        'relative rounded-xl bg-white ring-1 ring-slate-200',
                        sortable?.isDragging && 'z-10 shadow-lg ring-2 ring-indigo-400',
                      )}
                      data-section-id={s.id}
                      data-kind={kind}
                    >
                      {sortable ? (
                        // Over the summary's left padding, so the open section keeps the row's full width.
                        <span className="absolute top-2 left-2 z-[1]">
                          <DragHandle
                            id={`grip-${s.id}`}
                            label={`Reorder ${sectionKindLabels[kind] ?? kind} section (position ${i + 1} of ${count}). Drag, or press Alt+Arrow Up or Down.`}
                            sortable={sortable}
                            onStep={step}
                          />
                        </span>
                      ) : null}
                      <details className="group rounded-xl" open={mine !== undefined || undefined}>
                        <summary
                          className={cx(
                            'flex cursor-pointer list-none flex-wrap items-center justify-between gap-2 rounded-xl px-4 py-3 hover:bg-slate-50',
                            sortable && 'pl-12',
                          )}
                        >
                          <span className="font-medium text-slate-900">
                            {i + 1}. {sectionKindLabels[kind] ?? kind}
                            <span className="ml-2 text-sm font-normal text-slate-600">
                              {variantLabel(s.variant)} · {summaryOf(s.data)}
                            </span>
                          </span>
                          <span className="text-sm text-indigo-700 group-open:hidden">Edit</span>
                        </summary>
                        <div className="border-t border-slate-100 p-4">
                          {mine?.message ? (
                            <div className="mb-4">
                              <Alert tone={mine.ok ? 'success' : 'error'}>{mine.message}</Alert>
                            </div>
                          ) : null}
                          {d.canEdit ? (
                            <>
                              <ActionForm intent="save-section" className="space-y-4" noValidate>
                                <input type="hidden" name="sectionId" value={s.id} />
                                <Select
                                  id={`${s.id}-variant`}
                                  name="variant"
                                  label="Layout"
                                  defaultValue={draft?.variant ?? s.variant}
                                  error={mine?.fieldErrors?.variant}
                                >
                                  {variantsOf(kind).map((v) => (
                                    <option key={v} value={v}>
                                      {variantLabel(v)}
                                    </option>
                                  ))}
                                </Select>
                                {kind === 'bio' ? (
                                  <p className="text-sm text-slate-600">
                                    Shows your bio page’s profile and links here; edit them in the site
                                    editor.
                                  </p>
                                ) : null}
                                <SectionFields
                                  idPrefix={s.id}
                                  fields={sectionForms[kind]}
                                  data={(draft?.data ?? s.data) as Record<string, unknown>}
                                  errors={mine?.fieldErrors ?? {}}
                                  choices={d.choices}
                                />
                                <Button type="submit" intent="save-section" disabled={busy}>
                                  Save section
                                </Button>
                              </ActionForm>
                              <div className="mt-4 flex flex-wrap gap-2 border-t border-slate-100 pt-4">
                                <SectionAction
                                  id={s.id}
                                  intent="move-section"
                                  direction="up"
                                  disabled={busy || i === 0}
                                >
                                  Move up
                                </SectionAction>
                                <SectionAction
                                  id={s.id}
                                  intent="move-section"
                                  direction="down"
                                  disabled={busy || i === count - 1}
                                >
                                  Move down
                                </SectionAction>
                                <SectionAction id={s.id} intent="duplicate-section" disabled={busy}>
                                  Duplicate
                                </SectionAction>
                                <SectionAction id={s.id} intent="delete-section" disabled={busy} danger>
                                  Delete
                                </SectionAction>
                              </div>
                            </>
                          ) : (
                            <p className="text-sm text-slate-600">
                              You can view this page; editing needs the editor role.
                            </p>
                          )}
                        </div>
                      </details>
                    </li>
                  );
                }}
              />
            )}
            {d.canEdit ? (
              <ActionForm intent="add-section" className="mt-5 flex flex-wrap items-end gap-3">
                <Select id="new-section-kind" name="kind" label="Add a section" className="min-w-56 flex-1">
                  {sectionKindNames.map((k) => (
                    <option key={k} value={k}>
                      {sectionKindLabels[k]}
                    </option>
                  ))}
                </Select>
                <Button type="submit" intent="add-section" disabled={busy}>
                  Add section
                </Button>
              </ActionForm>
            ) : null}
          </Card>
          {d.canEdit ? (
            <Card title="Page settings">
              <ActionForm intent="page-settings" className="grid gap-4 sm:grid-cols-2" noValidate>
                <Field
                  id="page-title"
                  name="title"
                  label="Title"
                  defaultValue={d.page.title}
                  error={settingsErrors.title}
                />
                <Field
                  id="page-slug"
                  name="slug"
                  label="Address"
                  defaultValue={d.page.slug}
                  autoCapitalize="none"
                  spellCheck={false}
                  error={settingsErrors.slug}
                />
                <Select
                  id="page-nav"
                  name="nav"
                  label="Menu"
                  defaultValue={d.page.nav}
                  error={settingsErrors.nav}
                >
                  {navPlacements.map((n) => (
                    <option key={n} value={n}>
                      {navLabels[n]}
                    </option>
                  ))}
                </Select>
                <div className="flex items-end pb-2">
                  <Checkbox
                    id="page-published"
                    name="published"
                    label="Published (part of the next publish)"
                    defaultChecked={d.page.published}
                  />
                </div>
                <Field
                  id="page-seo-title"
                  name="seoTitle"
                  label="Title in search results (optional)"
                  defaultValue={d.page.seo.title ?? ''}
                  error={settingsErrors['seo.title']}
                />
                <Field
                  id="page-seo-description"
                  name="seoDescription"
                  label="Description in search results (optional)"
                  defaultValue={d.page.seo.description ?? ''}
                  error={settingsErrors['seo.description']}
                />
                <Field
                  id="page-seo-image"
                  name="seoImage"
                  label="Image for link previews (optional)"
                  type="url"
                  inputMode="url"
                  autoCapitalize="none"
                  spellCheck={false}
                  defaultValue={d.page.seo.ogImageUrl ?? ''}
                  hint="Shown when the page is shared; without one, the site’s social image."
                  error={settingsErrors['seo.ogImageUrl']}
                  className="sm:col-span-2"
                />
                <Checkbox
                  id="page-noindex"
                  name="noindex"
                  label="Hide from search engines"
                  defaultChecked={d.page.seo.noindex}
                />
                <div className="flex flex-wrap gap-3 sm:col-span-2">
                  <Button type="submit" intent="page-settings" disabled={busy}>
                    Save settings
                  </Button>
                </div>
              </ActionForm>
              <ActionForm intent="delete-page" className="mt-5 border-t border-slate-100 pt-4">
                <Button type="submit" variant="danger" intent="delete-page" disabled={busy}>
                  Delete page
                </Button>
              </ActionForm>
            </Card>
          ) : null}
        </div>
        <aside aria-labelledby="page-preview-title" className="min-w-0 xl:sticky xl:top-6 xl:self-start">
          <div className="rounded-2xl bg-slate-900 p-2 shadow-xl">
            <h2
              id="page-preview-title"
              className="px-2 py-1.5 text-xs font-semibold tracking-wide text-slate-300 uppercase"
            >
              Preview (draft)
            </h2>
            <iframe
              title="Preview of this page’s draft"
              srcDoc={d.preview}
              sandbox="allow-popups allow-popups-to-escape-sandbox"
              className="h-[calc(100dvh-11rem)] max-h-[720px] min-h-[420px] w-full rounded-xl bg-white xl:h-[640px]"
            />
          </div>
        </aside>
      </div>
    </>
  );
}

function SectionAction({
  id,
  intent,
  direction,
  disabled,
  danger,
  children,
}: {
  id: string;
  intent: string;
  direction?: 'up' | 'down';
  disabled?: boolean;
  danger?: boolean;
  children: string;
}) {
  return (
    <ActionForm intent={intent}>
      <input type="hidden" name="sectionId" value={id} />
      {direction ? <input type="hidden" name="direction" value={direction} /> : null}
      <Button
        type="submit"
        size="sm"
        variant={danger ? 'danger' : 'secondary'}
        intent={intent}
        disabled={disabled}
      >
        {children}
      </Button>
    </ActionForm>
  );
}

/** A few words of a section's content for its collapsed row. */
function summaryOf(data: Record<string, unknown>): string {
  const first = ['heading', 'markdown', 'url'].map((k) => data[k]).find((v) => typeof v === 'string');
  const items = Array.isArray(data.items)
    ? `${data.items.length} ${data.items.length === 1 ? 'item' : 'items'}`
    : '';
  const text = typeof first === 'string' ? first.replace(/\s+/g, ' ').slice(0, 48) : '';
  return [text, items].filter(Boolean).join(' · ') || 'no text';
}
