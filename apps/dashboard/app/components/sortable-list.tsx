import { Fragment, type ReactNode } from 'react';
import type { SortableBits } from './block-row.tsx';
import { useSortableOrder } from './use-sortable-order.ts';

export interface SortableListItem {
  id: string;
  index: number;
  count: number;
  /** Present once drag and drop has loaded (never without JS). */
  sortable: SortableBits | undefined;
  /** One step up (-1) or down (1), saved at once. */
  step: (delta: -1 | 1) => void;
}

/**
 * An ordered list whose rows (each `renderItem` returns its `<li>`, spreading `sortable`'s ref and style) are dragged by a handle or moved from the keyboard, each move saved
 * through `commit`: the block editor's drag and drop (`block-list-dnd.tsx`) for any list of rows.
 */
export function SortableList({
  ids,
  enabled,
  labelOf,
  commit,
  handleIdOf,
  renderItem,
  ...olProps
}: {
  ids: string[];
  enabled: boolean;
  labelOf: (id: string) => string;
  commit: (next: string[], movedId: string) => void;
  handleIdOf: (id: string) => string;
  renderItem: (item: SortableListItem) => ReactNode;
  className?: string;
  'aria-label'?: string;
}) {
  const { order, announce, dnd, move, moveOnto } = useSortableOrder({
    ids,
    enabled,
    labelOf,
    commit,
    handleIdOf,
  });
  const item = (id: string, index: number, sortable: SortableBits | undefined) =>
    renderItem({ id, index, count: order.length, sortable, step: (delta) => move(id, delta) });
  const list = (
    <ol {...olProps}>
      {order.map((id, index) =>
        dnd ? (
          <dnd.SortableItem key={id} id={id}>
            {(bits) => item(id, index, bits)}
          </dnd.SortableItem>
        ) : (
          <Fragment key={id}>{item(id, index, undefined)}</Fragment>
        ),
      )}
    </ol>
  );
  return (
    <>
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
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
