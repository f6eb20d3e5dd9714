import {
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { BlockRow, type BlockRowProps, type SortableBits } from './block-row.tsx';

/**
 * The row under the pointer is where the block goes (rows differ in height, so the dragged row's
 * centre can be nearer another one); the keyboard, which has no pointer, takes the nearest centre.
 */
const rowUnderPointer: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : closestCenter(args);
};

/**
 * Drag and drop for the block list (dnd-kit: mouse, touch and pen through pointer events, with
 * auto-scroll near the window's edges; Space/Enter then arrows from the keyboard). Loaded after the
 * editor's first render, so the page never waits for it.
 */
export function SortableArea({
  ids,
  labelOf,
  onMove,
  children,
}: {
  ids: string[];
  labelOf: (id: string) => string;
  onMove: (activeId: string, overId: string) => void;
  children: ReactNode;
}) {
  const sensors = useSensors(
    // A few pixels of movement before a drag starts, so a tap or click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const pos = (id: unknown) => ids.indexOf(String(id)) + 1;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={rowUnderPointer}
      onDragEnd={({ active, over }: DragEndEvent) => {
        if (over && active.id !== over.id) onMove(String(active.id), String(over.id));
      }}
      accessibility={{
        announcements: {
          onDragStart: ({ active }) =>
            `Picked up ${labelOf(String(active.id))} at position ${pos(active.id)}.`,
          onDragOver: ({ active, over }) =>
            over ? `${labelOf(String(active.id))} is over position ${pos(over.id)}.` : undefined,
          onDragEnd: ({ active, over }) =>
            over ? `${labelOf(String(active.id))} dropped at position ${pos(over.id)}.` : undefined,
          onDragCancel: ({ active }) => `Moving ${labelOf(String(active.id))} was cancelled.`,
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

/** One sortable row of any list: what it needs to be dragged (refs, style, the handle's props). */
export function SortableItem({ id, children }: { id: string; children: (bits: SortableBits) => ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id });
  return children({
    setNodeRef,
    setHandleRef: setActivatorNodeRef,
    style: { transform: CSS.Translate.toString(transform), transition },
    handleProps: { ...attributes, ...listeners },
    isDragging,
  });
}

export function SortableRow(props: BlockRowProps) {
  return <SortableItem id={props.block.id}>{(bits) => <BlockRow {...props} sortable={bits} />}</SortableItem>;
}
