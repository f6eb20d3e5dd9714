import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { EditorBaseState, EditorClicks, EditorState } from '../../lib/editor/state.server.ts';

/** The parts of the first answer that stream in after the first paint. */
export interface EditorDeferred {
  preview: Promise<string>;
  clicks: Promise<EditorClicks>;
}

interface EditorContext {
  /** The newest state; `preview` and `clicks` are absent until an action's answer brings them. */
  state: EditorBaseState;
  /** The first answer's streamed parts, read while the state has none of its own. */
  deferred: EditorDeferred | null;
  /** The clicks figures: the state's, else the streamed ones once they are in (null until then). */
  clicks: EditorClicks | null;
  canEdit: boolean;
  /** Take a newer state (from the loader or any action's answer); an older read never wins. */
  apply(next: EditorState | undefined): void;
  /** Sections with unsaved or saving changes, so Publish waits for them. */
  pending: ReadonlySet<string>;
  setPending(key: string, on: boolean): void;
}

const Ctx = createContext<EditorContext | null>(null);

export function EditorStateProvider({
  initial,
  deferred = null,
  canEdit,
  children,
}: {
  initial: EditorBaseState;
  deferred?: EditorDeferred | null;
  canEdit: boolean;
  children: ReactNode;
}) {
  const [state, setState] = useState<EditorBaseState>(initial);
  const [streamedClicks, setStreamedClicks] = useState<EditorClicks | null>(null);
  useEffect(() => {
    let live = true;
    deferred?.clicks.then(
      (c) => live && setStreamedClicks(c),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [deferred]);
  const [pending, setPendingSet] = useState<ReadonlySet<string>>(new Set());
  const apply = useCallback((next: EditorBaseState | undefined) => {
    if (next) setState((cur) => (next.readAt >= cur.readAt ? next : cur));
  }, []);
  useEffect(() => apply(initial), [initial, apply]);
  const setPending = useCallback((key: string, on: boolean) => {
    setPendingSet((cur) => {
      if (cur.has(key) === on) return cur;
      const next = new Set(cur);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const clicks = state.clicks ?? streamedClicks;
  const value = useMemo(
    () => ({ state, deferred, clicks, canEdit, apply, pending, setPending }),
    [state, deferred, clicks, canEdit, apply, pending, setPending],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useEditor(): EditorContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useEditor outside the editor');
  return ctx;
}
