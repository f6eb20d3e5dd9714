import { Await } from '@remix-run/react';
import { Suspense } from 'react';
import { Spinner } from '../ui.tsx';
import { useEditor } from './editor-state.tsx';

const frameClass =
  'h-[calc(100dvh-11rem)] max-h-[720px] min-h-[420px] w-full rounded-xl bg-white xl:h-[640px]';

function PreviewFrame({ html }: { html: string }) {
  return (
    <iframe
      title="Live preview of the draft site"
      srcDoc={html}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      className={frameClass}
    />
  );
}

/** The frame's place while the first render of the draft streams in. */
function PreviewLoading() {
  return (
    <div className={`${frameClass} grid place-items-center`} role="status">
      <span className="flex items-center gap-2 text-sm text-slate-600">
        <Spinner /> Rendering the preview…
      </span>
    </div>
  );
}

/**
 * The draft rendered by the edge's renderer; it follows every saved change. The page's first answer
 * streams it in after the editor is on screen; every action's answer carries it.
 */
export function PreviewPane({ className }: { className?: string }) {
  const { state, deferred, pending } = useEditor();
  return (
    <aside id="preview" aria-labelledby="preview-title" className={className}>
      <div className="rounded-2xl bg-slate-900 p-2 shadow-xl">
        <div className="flex items-center justify-between px-2 py-1.5">
          <h2 id="preview-title" className="text-xs font-semibold tracking-wide text-slate-300 uppercase">
            Live preview (draft)
          </h2>
          {pending.size > 0 ? <Spinner className="text-slate-300" /> : null}
        </div>
        {state.preview !== undefined || !deferred ? (
          <PreviewFrame html={state.preview ?? ''} />
        ) : (
          <Suspense fallback={<PreviewLoading />}>
            <Await
              resolve={deferred.preview}
              errorElement={
                <p className="rounded-xl bg-white p-4 text-sm text-red-700" role="alert">
                  The preview could not be rendered. Reload the page to try again.
                </p>
              }
            >
              {(html) => <PreviewFrame html={html} />}
            </Await>
          </Suspense>
        )}
      </div>
    </aside>
  );
}

export type EditorMode = 'edit' | 'preview';

/**
 * Edit | Preview on screens where the preview would sit below the whole editor (phones, tablets):
 * links to the two parts without JS, a toggle with it.
 */
export function ModeToggle({ mode, onChange }: { mode: EditorMode; onChange: (m: EditorMode) => void }) {
  const items: [EditorMode, string, string][] = [
    ['edit', 'Edit', '#editor'],
    ['preview', 'Preview', '#preview'],
  ];
  return (
    <nav
      aria-label="Editor view"
      className="sticky top-0 z-20 -mx-4 mb-4 bg-slate-50/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6 xl:hidden"
    >
      <div className="grid grid-cols-2 gap-1 rounded-lg bg-slate-200 p-1">
        {items.map(([m, label, href]) => (
          <a
            key={m}
            href={href}
            aria-current={mode === m ? 'true' : undefined}
            onClick={(e) => {
              e.preventDefault();
              onChange(m);
            }}
            className={
              mode === m
                ? 'rounded-md bg-white py-1.5 text-center text-sm font-semibold text-slate-900 shadow-sm'
                : 'rounded-md py-1.5 text-center text-sm font-medium text-slate-600 hover:text-slate-900'
            }
          >
            {label}
          </a>
        ))}
      </div>
    </nav>
  );
}
