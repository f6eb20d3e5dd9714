import { useFetcher, useRouteLoaderData } from '@remix-run/react';
import { type ReactNode, useState } from 'react';
import { blockLabels, blockSummary } from './block-fields.tsx';
import { ActionForm, Badge, cx } from './ui.tsx';

export interface ListedBlock {
  id: string;
  type: string;
  data: Record<string, unknown>;
  active: boolean;
  featured: boolean;
  startsAt: string | null;
  endsAt: string | null;
}

/**
 * The site's blocks in order: drag a row by its handle, or use the move buttons (or Alt+↑/↓ on a
 * focused handle); each move is saved at once and announced to screen readers. Without JS the move
 * buttons are plain forms.
 */
export function BlockList({
  blocks,
  canEdit,
  renderEditor,
}: {
  blocks: ListedBlock[];
  canEdit: boolean;
  renderEditor: (b: ListedBlock) => ReactNode;
}) {
  const key = blocks.map((b) => b.id).join(',');
  // A local order applies only to the server order it was made from; new server data wins at once.
  const [local, setLocal] = useState<{ base: string; ids: string[] } | null>(null);
  const order = local && local.base === key ? local.ids : blocks.map((b) => b.id);
  const [dragging, setDragging] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const fetcher = useFetcher();
  const root = useRouteLoaderData<{ csrf: string }>('root');
  const byId = new Map(blocks.map((b) => [b.id, b]));

  function commit(next: string[], movedId: string) {
    setLocal({ base: key, ids: next });
    const b = byId.get(movedId);
    setAnnounce(
      `${blockLabels[b?.type ?? ''] ?? 'Block'} moved to position ${next.indexOf(movedId) + 1} of ${next.length}.`,
    );
    fetcher.submit(
      { _csrf: root?.csrf ?? '', _intent: 'reorder', blockIds: next.join(',') },
      { method: 'post' },
    );
  }
  function move(id: string, delta: number) {
    const i = order.indexOf(id);
    const j = i + delta;
    if (j < 0 || j >= order.length) return;
    const next = [...order];
    [next[i], next[j]] = [next[j]!, next[i]!];
    commit(next, id);
    setTimeout(() => document.getElementById(`handle-${id}`)?.focus(), 0);
  }
  function dropOn(targetId: string) {
    if (!dragging || dragging === targetId) return;
    const next = order.filter((x) => x !== dragging);
    next.splice(
      next.indexOf(targetId) + (order.indexOf(dragging) < order.indexOf(targetId) ? 1 : 0),
      0,
      dragging,
    );
    commit(next, dragging);
  }

  return (
    <>
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      <ol className="space-y-2" aria-label="Blocks, in page order">
        {order.map((id, index) => {
          const b = byId.get(id);
          if (!b) return null;
          return (
            <li
              key={id}
              data-block-id={id}
              onDragOver={(e) => {
                if (dragging) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                dropOn(id);
                setDragging(null);
              }}
              className={cx(
                'rounded-xl bg-white shadow-sm ring-1 ring-slate-200 transition',
                dragging === id && 'opacity-50 ring-2 ring-indigo-400',
                !b.active && 'bg-slate-50',
              )}
            >
              <div className="flex items-center gap-2 p-3">
                {canEdit ? (
                  <button
                    type="button"
                    id={`handle-${id}`}
                    draggable
                    onDragStart={(e) => {
                      setDragging(id);
                      e.dataTransfer.effectAllowed = 'move';
                      e.dataTransfer.setData('text/plain', id);
                    }}
                    onDragEnd={() => setDragging(null)}
                    onKeyDown={(e) => {
                      if (e.altKey && e.key === 'ArrowUp') {
                        e.preventDefault();
                        move(id, -1);
                      } else if (e.altKey && e.key === 'ArrowDown') {
                        e.preventDefault();
                        move(id, 1);
                      }
                    }}
                    aria-label={`Reorder ${blockLabels[b.type]} (position ${index + 1} of ${order.length}). Drag, or press Alt+Arrow Up or Down.`}
                    className="cursor-grab rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600 active:cursor-grabbing"
                  >
                    <svg className="size-5" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
                      <path d="M7 4a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm0 6a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm-1.5 7.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM16 4a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm-1.5 7.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM16 16a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Z" />
                    </svg>
                  </button>
                ) : null}
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
                    {blockLabels[b.type] ?? b.type}
                    {!b.active ? <Badge>Hidden</Badge> : null}
                    {b.featured ? <Badge tone="indigo">Featured</Badge> : null}
                    {b.startsAt || b.endsAt ? <Badge tone="amber">Scheduled</Badge> : null}
                  </p>
                  <p className="truncate text-sm text-slate-600">{blockSummary(b.type, b.data)}</p>
                </div>
                {canEdit ? (
                  <div className="flex shrink-0 items-center gap-1">
                    <MoveButton id={id} dir="up" disabled={index === 0} onMove={() => move(id, -1)} />
                    <MoveButton
                      id={id}
                      dir="down"
                      disabled={index === order.length - 1}
                      onMove={() => move(id, 1)}
                    />
                  </div>
                ) : null}
              </div>
              {canEdit ? (
                <details className="group border-t border-slate-100">
                  <summary className="cursor-pointer list-none px-4 py-2 text-sm font-medium text-indigo-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 [&::-webkit-details-marker]:hidden">
                    <span className="group-open:hidden">Edit</span>
                    <span className="hidden group-open:inline">Close editor</span>
                  </summary>
                  <div className="px-4 pb-4">{renderEditor(b)}</div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
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
