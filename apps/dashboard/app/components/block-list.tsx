import { useFetcher, useFetchers, useRouteLoaderData } from '@remix-run/react';
import { type ReactNode, useEffect } from 'react';
import { blockLabels } from '../lib/editor/block-labels.ts';
import type { ListedBlock } from '../lib/editor/listed-block.ts';
import type { EditorResult } from '../lib/editor/result.ts';
import type { EditorClicks } from '../lib/editor/state.server.ts';
import { BlockRow } from './block-row.tsx';
import { useEditor } from './editor/editor-state.tsx';
import { useSortableOrder } from './use-sortable-order.ts';

export type { ListedBlock };

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
  const deleting = new Set(
    useFetchers()
      .filter((f) => f.formData?.get('_intent') === 'deleteBlock')
      .map((f) => String(f.formData?.get('blockId'))),
  );
  const fetcher = useFetcher<EditorResult>({ key: 'reorder' });
  const { apply } = useEditor();
  const root = useRouteLoaderData<{ csrf: string }>('root');
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const labelOf = (id: string) => blockLabels[byId.get(id)?.type ?? ''] ?? 'Block';
  const sortable = useSortableOrder({
    ids: blocks.map((b) => b.id),
    enabled: canEdit,
    labelOf,
    handleIdOf: (id) => `handle-${id}`,
    commit: (next) =>
      fetcher.submit(
        { _csrf: root?.csrf ?? '', _intent: 'reorder', blockIds: next.join(',') },
        { method: 'post' },
      ),
  });
  const { announce, dnd } = sortable;
  const order = sortable.order.filter((id) => !deleting.has(id));
  const move = (id: string, delta: number) => sortable.move(id, delta, order);
  const moveOnto = (activeId: string, overId: string) => sortable.moveOnto(activeId, overId, order);
  useEffect(() => apply(fetcher.data?.state), [fetcher.data, apply]);

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
