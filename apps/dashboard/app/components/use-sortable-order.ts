import { useEffect, useState } from 'react';

type DndModule = typeof import('./block-list-dnd.tsx');

/**
 * The shared half of every reorderable list (site blocks, course modules, a module's lessons): the
 * order on screen, moves by one step (buttons, Alt+↑/↓) or onto another row (drag and drop), an
 * announcement for screen readers, and the drag-and-drop module, loaded after the first render so
 * the page never waits for it. `commit` saves a new order; until new server data arrives the list
 * shows it, and a local order never outlives the server order it was made from.
 */
export function useSortableOrder({
  ids,
  enabled,
  labelOf,
  commit,
  handleIdOf,
}: {
  ids: string[];
  enabled: boolean;
  labelOf: (id: string) => string;
  commit: (next: string[], movedId: string) => void;
  /** The element that keeps the focus after a keyboard move (its handle). */
  handleIdOf: (id: string) => string;
}) {
  const key = ids.join(',');
  const [local, setLocal] = useState<{ base: string; ids: string[] } | null>(null);
  const [announce, setAnnounce] = useState('');
  const [dnd, setDnd] = useState<DndModule | null>(null);
  const order = local && local.base === key ? local.ids : ids;

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    import('./block-list-dnd.tsx').then((m) => live && setDnd(() => m));
    return () => {
      live = false;
    };
  }, [enabled]);

  function save(next: string[], movedId: string) {
    setLocal({ base: key, ids: next });
    setAnnounce(`${labelOf(movedId)} moved to position ${next.indexOf(movedId) + 1} of ${next.length}.`);
    commit(next, movedId);
  }
  function move(id: string, delta: number, visible: string[] = order) {
    const i = visible.indexOf(id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= visible.length) return;
    const next = [...visible];
    [next[i], next[j]] = [next[j]!, next[i]!];
    save(next, id);
    setTimeout(() => document.getElementById(handleIdOf(id))?.focus(), 0);
  }
  function moveOnto(activeId: string, overId: string, visible: string[] = order) {
    const next = visible.filter((x) => x !== activeId);
    next.splice(visible.indexOf(overId), 0, activeId);
    save(next, activeId);
  }
  return { order, announce, dnd, move, moveOnto };
}
