import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { EditorState } from '../../lib/editor/state.server.ts';

interface EditorContext {
  state: EditorState;
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
  canEdit,
  children,
}: {
  initial: EditorState;
  canEdit: boolean;
  children: ReactNode;
}) {
  const [state, setState] = useState(initial);
  const [pending, setPendingSet] = useState<ReadonlySet<string>>(new Set());
  const apply = useCallback((next: EditorState | undefined) => {
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
  const value = useMemo(
    () => ({ state, canEdit, apply, pending, setPending }),
    [state, canEdit, apply, pending, setPending],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useEditor(): EditorContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useEditor outside the editor');
  return ctx;
}
