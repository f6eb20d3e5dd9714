import type { ReactNode } from 'react';
import { Alert, Button, CsrfInput, cx, Spinner } from '../ui.tsx';
import type { SaveStatus, useEditorForm } from './use-editor-form.ts';
import { useHydrated } from './use-hydrated.ts';

type EditorFormState = ReturnType<typeof useEditorForm>;

/** The form of one editor section: CSRF, intent (and block) fields around the section's controls. */
export function EditorForm({
  editor,
  intent,
  blockId,
  className,
  children,
}: {
  editor: EditorFormState;
  intent: string;
  blockId?: string;
  className?: string;
  children: ReactNode;
}) {
  const { fetcher, formProps } = editor;
  return (
    <fetcher.Form {...formProps} className={className}>
      <CsrfInput />
      <input type="hidden" name="_intent" value={intent} />
      {blockId ? <input type="hidden" name="blockId" value={blockId} /> : null}
      {children}
    </fetcher.Form>
  );
}

/**
 * The save button of an autosaving section: only without JS (the form then posts as usual); with JS
 * every change saves by itself.
 */
export function FallbackSave({ intent, children }: { intent: string; children: ReactNode }) {
  const hydrated = useHydrated();
  if (hydrated) return null;
  return (
    <Button type="submit" intent={intent}>
      {children}
    </Button>
  );
}

const statusText: Record<SaveStatus, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

/** "Saving…" / "Saved" / "Not saved" next to a section's title, announced politely. */
export function SaveState({ status, label }: { status: SaveStatus; label: string }) {
  return (
    <p
      role="status"
      aria-label={`${label} save state`}
      className={cx(
        'flex min-h-5 items-center gap-1.5 text-xs font-medium',
        status === 'error' ? 'text-red-700' : status === 'saved' ? 'text-emerald-700' : 'text-slate-600',
      )}
    >
      {status === 'saving' ? <Spinner className="size-3.5" /> : null}
      {status === 'saved' ? (
        <svg className="size-3.5" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
          <path
            fillRule="evenodd"
            d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z"
            clipRule="evenodd"
          />
        </svg>
      ) : null}
      {statusText[status]}
    </p>
  );
}

/** The answer of a section that is not autosaved (add, delete, publish), or a refused autosave. */
export function ResultNotice({ result }: { result: EditorFormState['result'] }) {
  if (!result) return null;
  return <Alert tone={result.ok ? 'success' : 'error'}>{result.message}</Alert>;
}
