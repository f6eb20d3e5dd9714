import { getFormProps, type SubmissionResult, useForm } from '@conform-to/react';
import { useActionData, useFetcher } from '@remix-run/react';
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditorResult } from '../../lib/editor/result.ts';
import type { EditorState } from '../../lib/editor/state.server.ts';
import { useEditor } from './editor-state.tsx';

/** Controls whose change is a decision (a preset, a box, a file): saved at once; typing waits a little. */
const instantTypes = new Set(['radio', 'checkbox', 'select-one', 'file']);
const typingDelayMs = 700;
const colourDelayMs = 250;

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/**
 * One editor form: submitted through its own fetcher (the answer carries the editor's new state,
 * applied at once), its field errors through Conform, and — for `autosave` sections — submitted by
 * itself a moment after each change. Without JS it is a plain POST form answered by the same action.
 */
export function useEditorForm(opts: {
  id: string;
  intent: string;
  blockId?: string;
  autosave?: boolean;
  multipart?: boolean;
  resetOnSuccess?: boolean;
  /**
   * The stored values of text fields (by field name) in a state: after a save, fields show what was
   * stored (a URL as normalised by the schema, say), except the one being typed in.
   */
  storedValues?: (state: EditorState) => Record<string, string>;
}) {
  const { id, intent, blockId, autosave, multipart, resetOnSuccess, storedValues } = opts;
  const storedRef = useRef(storedValues);
  storedRef.current = storedValues;
  const fetcher = useFetcher<EditorResult>({ key: `${intent}:${blockId ?? ''}` });
  const actionData = useActionData<EditorResult>();
  const fromAction =
    actionData && actionData.intent === intent && actionData.blockId === blockId ? actionData : undefined;
  const result = fetcher.data ?? fromAction;
  const { apply, setPending } = useEditor();
  const [waiting, setWaiting] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const busy = fetcher.state !== 'idle';
  const busyRef = useRef(busy);
  busyRef.current = busy;

  const lastResult = useMemo<SubmissionResult<string[]> | undefined>(
    () => (result ? (result.submission ?? { status: 'success', error: {} }) : undefined),
    [result],
  );
  const [form] = useForm({
    id,
    lastResult,
    onSubmit(event, { formData }) {
      event.preventDefault();
      clearTimeout(timer.current);
      setWaiting(false);
      fetcher.submit(formData, {
        method: 'post',
        encType: multipart ? 'multipart/form-data' : 'application/x-www-form-urlencoded',
      });
    },
  });

  useEffect(() => {
    const data = fetcher.data;
    if (!data) return;
    apply(data.state);
    const el = document.getElementById(id) as HTMLFormElement | null;
    if (!data.ok || !el) return;
    if (resetOnSuccess) {
      el.reset();
      return;
    }
    // A file that was uploaded must not be sent again with the next change.
    for (const input of el.querySelectorAll<HTMLInputElement>('input[type="file"]')) input.value = '';
    if (data.state && storedRef.current) {
      for (const [name, value] of Object.entries(storedRef.current(data.state))) {
        const input = el.querySelector<HTMLInputElement>(`[name="${name}"]`);
        if (input && !input.matches(':focus') && input.value !== value) input.value = value;
      }
    }
  }, [fetcher.data, apply, id, resetOnSuccess]);

  useEffect(
    () => setPending(`${intent}:${blockId ?? ''}`, waiting || busy),
    [waiting, busy, setPending, intent, blockId],
  );
  useEffect(() => () => clearTimeout(timer.current), []);

  const saveSoon = useCallback(
    (delay: number) => {
      clearTimeout(timer.current);
      setWaiting(true);
      const fire = () => {
        // One save at a time: the next one carries the whole form anyway.
        if (busyRef.current) {
          timer.current = setTimeout(fire, 150);
          return;
        }
        (document.getElementById(id) as HTMLFormElement | null)?.requestSubmit();
      };
      timer.current = setTimeout(fire, delay);
    },
    [id],
  );

  const onChange = autosave
    ? (event: FormEvent<HTMLFormElement>) => {
        const target = event.target as unknown as { type?: string };
        const type = target.type ?? '';
        saveSoon(instantTypes.has(type) ? 0 : type === 'color' ? colourDelayMs : typingDelayMs);
      }
    : undefined;

  const errors: Record<string, string> = {};
  for (const [name, messages] of Object.entries(form.allErrors))
    if (messages[0]) errors[name || '_form'] = messages[0];

  const status: SaveStatus = waiting || busy ? 'saving' : result ? (result.ok ? 'saved' : 'error') : 'idle';

  return {
    fetcher,
    result,
    errors,
    status,
    busy,
    formProps: {
      ...getFormProps(form),
      method: 'post' as const,
      encType: multipart ? ('multipart/form-data' as const) : undefined,
      onChange,
    },
  };
}
