import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { type ShouldRevalidateFunction, useLoaderData } from '@remix-run/react';
import { useMemo, useState } from 'react';
import { BlockList, type ListedBlock } from '../components/block-list.tsx';
import { AddBlock } from '../components/editor/add-block.tsx';
import { BlockEditor, DeletedNotice } from '../components/editor/block-editor.tsx';
import { EditorHeader } from '../components/editor/editor-header.tsx';
import { EditorStateProvider, useEditor } from '../components/editor/editor-state.tsx';
import { type EditorMode, ModeToggle, PreviewPane } from '../components/editor/preview-pane.tsx';
import { ProfileCard } from '../components/editor/profile-card.tsx';
import { SeoCard } from '../components/editor/seo-card.tsx';
import { ThemeCard } from '../components/editor/theme-card.tsx';
import { useHydrated } from '../components/editor/use-hydrated.ts';
import { Alert, cx, EmptyState } from '../components/ui.tsx';
import { runEditorIntent } from '../lib/editor/action.server.ts';
import { editorCatalog, editorOptions } from '../lib/editor/loader-data.server.ts';
import type { EditorBaseState, EditorClicks } from '../lib/editor/state.server.ts';
import { loadEditorPage } from '../lib/editor/state.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { requireOrg, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.state.site.name ?? 'Site'} · Editor · Mewayz` },
];

/**
 * The site and its blocks come in the first answer; the preview (a full render of the draft) and the
 * clicks figures are promises that stream in after the editor is on screen.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  try {
    const deps = depsOf(context);
    const [page, catalog] = await Promise.all([
      loadEditorPage(deps, ctx, params.siteId!),
      editorCatalog(deps, ctx),
    ]);
    return {
      ...page,
      catalog,
      openId: new URL(request.url).searchParams.get('edit'),
      canEdit: ctx.can('sites.edit'),
      ...editorOptions(),
    };
  } catch (err) {
    return appErrorToResult(err) as never;
  }
}

/** Each intent lives in `lib/editor/intents/*`; every answer carries the editor's state after it. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'sites.edit');
  return runEditorIntent(deps, ctx, params.siteId!, form, intent);
}

/**
 * An editor action already answered with the new state, and picking a block kind (`?add=`) changes
 * nothing on the server: neither needs the loader (and its preview render) again.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  actionResult,
  currentUrl,
  nextUrl,
  formMethod,
  defaultShouldRevalidate,
}) => {
  if (actionResult && typeof actionResult === 'object' && 'state' in actionResult) return false;
  if (!formMethod && currentUrl.pathname === nextUrl.pathname) {
    const a = new URLSearchParams(currentUrl.search);
    const b = new URLSearchParams(nextUrl.search);
    for (const p of [a, b]) {
      p.delete('add');
      p.delete('edit');
    }
    if (a.toString() === b.toString()) return false;
  }
  return defaultShouldRevalidate;
};

export default function SiteEditor() {
  const data = useLoaderData<typeof loader>();
  const deferred = useMemo(
    () => ({ preview: data.preview, clicks: data.clicks as Promise<EditorClicks> }),
    [data.preview, data.clicks],
  );
  return (
    <EditorStateProvider
      initial={data.state as unknown as EditorBaseState}
      deferred={deferred}
      canEdit={data.canEdit}
    >
      <EditorPage palettes={data.palettes} options={data.options} openId={data.openId} />
    </EditorStateProvider>
  );
}

function EditorPage({
  palettes,
  options,
  openId,
}: {
  palettes: Record<string, Record<string, string>>;
  options: Parameters<typeof ThemeCard>[0]['options'];
  openId: string | null;
}) {
  const { state, clicks, canEdit } = useEditor();
  const [mode, setMode] = useState<EditorMode>('edit');
  // Before JS runs (or without it) both parts show, one above the other.
  const hydrated = useHydrated();
  const hideOnSmall = (part: EditorMode) => (hydrated && mode !== part ? 'max-xl:hidden' : '');
  return (
    <div className="min-w-0" data-editor-ready={hydrated || undefined}>
      <EditorHeader />
      <ModeToggle mode={mode} onChange={setMode} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div id="editor" className={cx('min-w-0 space-y-6', hideOnSmall('edit'))}>
          {canEdit ? (
            <nav
              aria-label="Editor sections"
              className="flex flex-wrap gap-x-4 gap-y-2 border-b border-slate-200 pb-3 text-sm font-medium"
            >
              {[
                ['#blocks-title', 'Blocks'],
                ['#add', 'Add a block'],
                ['#profile', 'Profile'],
                ['#theme', 'Theme'],
                ['#seo', 'SEO and settings'],
              ].map(([href, label]) => (
                <a
                  key={href}
                  href={href}
                  className="rounded text-slate-700 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
                >
                  {label}
                </a>
              ))}
            </nav>
          ) : null}
          <section aria-labelledby="blocks-title" className="space-y-3">
            <h2 id="blocks-title" className="scroll-mt-20 text-base font-semibold text-slate-900">
              Blocks
            </h2>
            <DeletedNotice />
            {state.blocks.length === 0 ? (
              <EmptyState title="No blocks yet">
                Add a link, heading or social icons below — they appear in the preview at once.
              </EmptyState>
            ) : (
              <BlockList
                blocks={state.blocks as ListedBlock[]}
                canEdit={canEdit}
                clicks={clicks}
                linkItems={state.linkItems}
                openId={openId}
                renderEditor={(b) => <BlockEditor block={b} />}
              />
            )}
          </section>
          {canEdit ? (
            <>
              <AddBlock />
              <ProfileCard />
              <ThemeCard palettes={palettes} options={options} />
              <SeoCard />
            </>
          ) : (
            <Alert tone="info">Your role can view this site but not edit it.</Alert>
          )}
        </div>
        <PreviewPane className={cx('min-w-0 xl:sticky xl:top-6 xl:self-start', hideOnSmall('preview'))} />
      </div>
    </div>
  );
}
