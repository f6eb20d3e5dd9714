import { Link } from '@remix-run/react';
import { Badge, Button } from '../ui.tsx';
import { EditorForm, ResultNotice } from './editor-form.tsx';
import { useEditor } from './editor-state.tsx';
import { useEditorForm } from './use-editor-form.ts';

/** Breadcrumb, name, publish state (from the latest answer, so it changes with Publish) and Publish. */
export function EditorHeader() {
  const { state, canEdit, pending } = useEditor();
  const { site } = state;
  const editor = useEditorForm({ id: 'publish-form', intent: 'publish' });
  // Publish waits for autosaves in flight: it publishes the draft as saved.
  const saving = [...pending].some((k) => k !== 'publish:');
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
        <Link to="/sites" className="hover:text-slate-900 hover:underline">
          Sites
        </Link>{' '}
        / <span className="text-slate-900">{site.name}</span>
      </nav>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-x-3 gap-y-1 text-2xl font-semibold tracking-tight break-words text-slate-900">
            <span className="min-w-0 break-words">{site.name}</span>
            {site.published ? (
              site.hasUnpublishedChanges ? (
                <Badge tone="amber">Unpublished changes</Badge>
              ) : (
                <Badge tone="green">Live</Badge>
              )
            ) : (
              <Badge>Draft — not published</Badge>
            )}
          </h1>
          <p className="mt-1 text-sm break-all text-slate-600">
            <a
              href={site.url}
              target="_blank"
              rel="noreferrer"
              className="font-medium text-indigo-700 hover:underline"
            >
              {site.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
            </a>
            {site.publishedAt
              ? ` · version ${site.publishedVersion}, published ${new Date(site.publishedAt).toUTCString().slice(5, 22)} UTC`
              : ''}
            {' · '}
            <Link to={`/sites/${site.id}/pages`} className="font-medium text-indigo-700 hover:underline">
              Pages and versions
            </Link>
            {' · '}
            <Link to={`/sites/${site.id}/blog`} className="font-medium text-indigo-700 hover:underline">
              Blog
            </Link>
          </p>
        </div>
        {canEdit ? (
          <EditorForm editor={editor} intent="publish">
            <Button type="submit" disabled={editor.busy || saving} pending={editor.busy}>
              {editor.busy
                ? 'Publishing…'
                : saving
                  ? 'Saving…'
                  : site.published && !site.hasUnpublishedChanges
                    ? 'Republish'
                    : 'Publish'}
            </Button>
          </EditorForm>
        ) : null}
      </div>
      {editor.result && !editor.busy ? (
        <div className="mb-4">
          <ResultNotice result={editor.result} />
        </div>
      ) : null}
    </>
  );
}
