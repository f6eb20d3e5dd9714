import { useFetcher, useFetchers, useRouteLoaderData } from '@remix-run/react';
import { type ReactNode, useEffect, useState } from 'react';
import { blockLabels } from '../lib/editor/block-labels.ts';
import type { ListedBlock } from '../lib/editor/listed-block.ts';
import type { EditorResult } from '../lib/editor/result.ts';
import type { EditorClicks } from '../lib/editor/state.server.ts';
import { BlockRow } from './block-row.tsx';
import { useEditor } from './editor/editor-state.tsx';

export type { ListedBlock };

type DndModule = typeof import('./block-list-dnd.tsx');

/**
 * The site's blocks in order: drag a row by its handle (mouse or touch), use the move buttons, or
 * Alt+↑/↓ (or Space, arrows, Space) on a focused handle; each move is saved at once and announced to
 * screen readers. Without JS the move buttons are plain forms. Drag and drop loads after the list
 * is on screen.
 */
export function BlockList({
  blocks,
  canEdit,
  clicks,
  linkItems,
  openId,
  renderEditor,
}: {
  blocks: ListedBlock[];
  canEdit: boolean;
  /** Null while the figures are still loading. */
  clicks: EditorClicks | null;
  /** The names of the links of blocks with several, by item index. */
  linkItems: Record<string, string[]>;
  /** The block whose editor starts open (`?edit=`). */
  openId?: string | null;
  renderEditor: (b: ListedBlock) => ReactNode;
}) {
  const key = blocks.map((b) => b.id).join(',');
  // A local order applies only to the server order it was made from; new server data wins at once.
  const [local, setLocal] = useState<{ base: string; ids: string[] } | null>(null);
  const deleting = new Set(
    useFetchers()
      .filter((f) => f.formData?.get('_intent') === 'deleteBlock')
      .map((f) => String(f.formData?.get('blockId'))),
  );
  const order = (local && local.base === key ? local.ids : blocks.map((b) => b.id)).filter(
    (id) => !deleting.has(id),
  );
  const [announce, setAnnounce] = useState('');
  const [dnd, setDnd] = useState<DndModule | null>(null);
  const fetcher = useFetcher<EditorResult>({ key: 'reorder' });
  const { apply } = useEditor();
  const root = useRouteLoaderData<{ csrf: string }>('root');
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const labelOf = (id: string) => blockLabels[byId.get(id)?.type ?? ''] ?? 'Block';

  useEffect(() => {
    if (!canEdit) return;
    let live = true;
    import('./block-list-dnd.tsx').then((m) => live && setDnd(() => m));
    return () => {
      live = false;
    };
  }, [canEdit]);
  useEffect(() => apply(fetcher.data?.state), [fetcher.data, apply]);

  function commit(next: string[], movedId: string) {
    setLocal({ base: key, ids: next });
    setAnnounce(`${labelOf(movedId)} moved to position ${next.indexOf(movedId) + 1} of ${next.length}.`);
    fetcher.submit(
      { _csrf: root?.csrf ?? '', _intent: 'reorder', blockIds: next.join(',') },
      { method: 'post' },
    );
  }
  function move(id: string, delta: number) {
    const i = order.indexOf(id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= order.length) return;
    const next = [...order];
    [next[i], next[j]] = [next[j]!, next[i]!];
    commit(next, id);
    setTimeout(() => document.getElementById(`handle-${id}`)?.focus(), 0);
  }
  function moveOnto(activeId: string, overId: string) {
    const next = order.filter((x) => x !== activeId);
    next.splice(order.indexOf(overId), 0, activeId);
    commit(next, activeId);
  }

  const Row = dnd ? dnd.SortableRow : BlockRow;
  const list = (
    <ol className="space-y-2" aria-label="Blocks, in page order">
      {order.map((id, index) => {
        const b = byId.get(id);
        if (!b) return null;
        return (
          <Row
            key={id}
            block={b}
            index={index}
            count={order.length}
            canEdit={canEdit}
            clicks={clicks ? (clicks.byBlock[id] ?? 0) : null}
            itemClicks={linkItems[id]?.map((label, i) => ({
              label,
              clicks: clicks ? (clicks.byItem[id]?.[String(i)] ?? 0) : null,
            }))}
            initiallyOpen={openId === id}
            move={move}
            renderEditor={renderEditor}
          />
        );
      })}
    </ol>
  );
  return (
    <>
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      {fetcher.data && !fetcher.data.ok && fetcher.state === 'idle' ? (
        <p role="alert" className="text-sm text-red-700">
          {fetcher.data.message}
        </p>
      ) : null}
      {dnd ? (
        <dnd.SortableArea ids={order} labelOf={labelOf} onMove={moveOnto}>
          {list}
        </dnd.SortableArea>
      ) : (
        list
      )}
    </>
  );
}
