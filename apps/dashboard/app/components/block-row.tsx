import { type CSSProperties, type KeyboardEvent, type ReactNode, useState } from 'react';
import { optionsOfKind } from '../lib/editor/block-kinds.ts';
import { blockLabels } from '../lib/editor/block-labels.ts';
import type { ListedBlock } from '../lib/editor/listed-block.ts';
import { mediaPath } from '../lib/editor/media-path.ts';
import { blockSummary, useCatalogNames } from './block-fields.tsx';
import { ActionForm, Badge, cx } from './ui.tsx';

/** What the drag-and-drop module adds to a row once it has loaded. */
export interface SortableBits {
  setNodeRef(el: HTMLElement | null): void;
  setHandleRef(el: HTMLElement | null): void;
  style: CSSProperties;
  handleProps: Record<string, unknown> & { onKeyDown?: (e: KeyboardEvent) => void };
  isDragging: boolean;
}

export interface BlockRowProps {
  block: ListedBlock;
  index: number;
  count: number;
  canEdit: boolean;
  /** Clicks of the last 30 days; null while they are still loading. */
  clicks: number | null;
  /** Clicks per item of a block with several links (social icons…), when it has some. */
  itemClicks?: { label: string; clicks: number | null }[];
  /** Open the block's editor in the first render (`?edit=<block>`: how it opens without JS). */
  initiallyOpen?: boolean;
  move(id: string, delta: number): void;
  renderEditor(b: ListedBlock): ReactNode;
  sortable?: SortableBits;
}

/**
 * The grip of a reorderable row: dragged with a pointer once drag and drop has loaded, and from the
 * keyboard either way: Alt+↑/↓ moves one step, Space then arrows is dnd-kit's own keyboard drag.
 */
export function DragHandle({
  id,
  label,
  sortable,
  onStep,
}: {
  id: string;
  label: string;
  sortable: SortableBits | undefined;
  onStep: (delta: -1 | 1) => void;
}) {
  return (
    <button
      type="button"
      id={id}
      ref={sortable?.setHandleRef}
      {...sortable?.handleProps}
      onKeyDown={(e) => {
        if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          onStep(e.key === 'ArrowUp' ? -1 : 1);
          return;
        }
        sortable?.handleProps.onKeyDown?.(e);
      }}
      aria-label={label}
      className="shrink-0 cursor-grab touch-none rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600 active:cursor-grabbing"
    >
      <svg className="size-5" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
        <path d="M7 4a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm0 6a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm-1.5 7.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM16 4a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm-1.5 7.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM16 16a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Z" />
      </svg>
    </button>
  );
}

/**
 * One block in the list: handle (drag, or Alt+↑/↓), kind, badges, summary, clicks in the last 30
 * days, move buttons (plain forms without JS) and the block's editor.
 */
export function BlockRow({
  block: b,
  index,
  count,
  canEdit,
  clicks,
  itemClicks,
  initiallyOpen = false,
  move,
  renderEditor,
  sortable,
}: BlockRowProps) {
  const id = b.id;
  // The block's editor (a whole form) is only built while it is open: the list hydrates and
  // re-renders fast however many blocks there are. Without JS, "Edit" opens it through `?edit=`.
  const [open, setOpen] = useState(initiallyOpen);
  const kind = optionsOfKind(b.type);
  const catalogNames = useCatalogNames();
  const imageUrl = b.type === 'image' && typeof b.data.url === 'string' ? b.data.url : null;
  return (
    <li
      ref={sortable?.setNodeRef}
      style={sortable?.style}
      data-block-id={id}
      className={cx(
        'relative rounded-xl bg-white shadow-sm ring-1 ring-slate-200',
        sortable?.isDragging && 'z-10 opacity-80 shadow-lg ring-2 ring-indigo-400',
        !b.active && 'bg-slate-50',
      )}
    >
      <div className="flex items-center gap-2 p-3">
        {canEdit ? (
          <DragHandle
            id={`handle-${id}`}
            label={`Reorder ${blockLabels[b.type]} (position ${index + 1} of ${count}). Drag, or press Alt+Arrow Up or Down.`}
            sortable={sortable}
            onStep={(delta) => move(id, delta)}
          />
        ) : null}
        {imageUrl ? (
          <img
            src={mediaPath(imageUrl)}
            alt=""
            className="size-10 shrink-0 rounded-md object-cover ring-1 ring-slate-200"
          />
        ) : null}
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm font-semibold text-slate-900">
            {blockLabels[b.type] ?? b.type}
            {!b.active ? <Badge>Hidden</Badge> : null}
            {kind.featured && b.featured ? <Badge tone="indigo">Featured</Badge> : null}
            {kind.schedule && (b.startsAt || b.endsAt) ? <Badge tone="amber">Scheduled</Badge> : null}
          </p>
          <p className="truncate text-sm text-slate-600">{blockSummary(b.type, b.data, catalogNames)}</p>
        </div>
        {kind.clicks ? (
          <p className="shrink-0 text-right text-xs text-slate-600" title="Clicks in the last 30 days">
            <span className="block text-sm font-semibold text-slate-900 tabular-nums">
              {clicks === null ? <span className="text-slate-400">…</span> : clicks}
            </span>
            <span>
              {clicks === 1 ? 'click' : 'clicks'}
              <span className="sr-only"> in the last 30 days</span>
            </span>
          </p>
        ) : null}
        {canEdit ? (
          <div className="flex shrink-0 items-center">
            <MoveButton id={id} dir="up" disabled={index === 0} onMove={() => move(id, -1)} />
            <MoveButton id={id} dir="down" disabled={index === count - 1} onMove={() => move(id, 1)} />
          </div>
        ) : null}
      </div>
      {kind.clicks && itemClicks && itemClicks.length > 1 ? <ItemClicks items={itemClicks} /> : null}
      {canEdit ? (
        <details
          className="group border-t border-slate-100"
          open={open}
          onToggle={(e) => setOpen(e.currentTarget.open)}
        >
          <summary className="cursor-pointer list-none px-4 py-2 text-sm font-medium text-indigo-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 [&::-webkit-details-marker]:hidden">
            <span className="group-open:hidden">Edit</span>
            <span className="hidden group-open:inline">Close editor</span>
          </summary>
          <div className="px-4 pb-4">
            {open ? (
              renderEditor(b)
            ) : (
              <a
                href={`?edit=${encodeURIComponent(id)}#handle-${id}`}
                className="text-sm text-indigo-700 underline"
              >
                Open this block’s editor
              </a>
            )}
          </div>
        </details>
      ) : null}
    </li>
  );
}

function MoveButton({
  id,
  dir,
  disabled,
  onMove,
}: {
  id: string;
  dir: 'up' | 'down';
  disabled: boolean;
  onMove: () => void;
}) {
  const label = dir === 'up' ? 'Move up' : 'Move down';
  return (
    <ActionForm
      intent="move"
      onSubmit={(e) => {
        e.preventDefault();
        onMove();
      }}
    >
      <input type="hidden" name="blockId" value={id} />
      <input type="hidden" name="dir" value={dir} />
      <button
        type="submit"
        disabled={disabled}
        title={label}
        className="rounded-md p-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:opacity-30"
      >
        <span className="sr-only">{label}</span>
        <svg className="size-4" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
          {dir === 'up' ? (
            <path
              fillRule="evenodd"
              d="M10 17a.75.75 0 0 1-.75-.75V5.612L5.29 9.77a.75.75 0 0 1-1.08-1.04l5.25-5.5a.75.75 0 0 1 1.08 0l5.25 5.5a.75.75 0 1 1-1.08 1.04l-3.96-4.158V16.25A.75.75 0 0 1 10 17Z"
              clipRule="evenodd"
            />
          ) : (
            <path
              fillRule="evenodd"
              d="M10 3a.75.75 0 0 1 .75.75v10.638l3.96-4.158a.75.75 0 1 1 1.08 1.04l-5.25 5.5a.75.75 0 0 1-1.08 0l-5.25-5.5a.75.75 0 1 1 1.08-1.04l3.96 4.158V3.75A.75.75 0 0 1 10 3Z"
              clipRule="evenodd"
            />
          )}
        </svg>
      </button>
    </ActionForm>
  );
}

const itemNames: Record<string, string> = {
  email: 'Email',
  call: 'Call',
  whatsapp: 'WhatsApp',
  x: 'X',
  github: 'GitHub',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
};

/** A link's name as a person reads it: the network or contact kind, else the address without its scheme. */
function itemName(label: string): string {
  if (itemNames[label]) return itemNames[label];
  if (/^[a-z]+$/.test(label)) return label.charAt(0).toUpperCase() + label.slice(1);
  return label.replace(/^[a-z]+:(\/\/)?/i, '');
}

/** Clicks per item of a block with several links, in the order they show on the page. */
function ItemClicks({ items }: { items: { label: string; clicks: number | null }[] }) {
  return (
    <ul
      aria-label="Clicks per link in the last 30 days"
      className="flex flex-wrap gap-x-4 gap-y-1 px-4 pb-3 text-xs text-slate-600"
    >
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the index is the item's identity (`/go/<block>/<n>`).
        <li key={i} className="min-w-0 max-w-full truncate">
          <span className="text-slate-700">{itemName(item.label)}</span>{' '}
          <span className="font-semibold text-slate-900 tabular-nums">
            {item.clicks === null ? <span className="text-slate-400">…</span> : item.clicks}
          </span>
        </li>
      ))}
    </ul>
  );
}
