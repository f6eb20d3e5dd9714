import { useNavigation } from '@remix-run/react';
import { useEffect } from 'react';
import { ActionForm, cx } from '../ui.tsx';

const arrows = { up: 'M4.5 15.75l7.5-7.5 7.5 7.5', down: 'M19.5 8.25l-7.5 7.5-7.5-7.5' };

/**
 * "Move up" and "Move down" for one item of an ordered list: two small plain forms (no script
 * needed), each a real button, so the keyboard reaches them and a screen reader names the item.
 * At an end of the list the button that cannot move is disabled. The ids let the page put the
 * focus back on the button after the list has redrawn.
 */
export function MoveButtons({
  intent,
  idField,
  id,
  name,
  index,
  count,
}: {
  intent: string;
  /** The form field that names the item (`imageId`, `variantId`, `categoryId`). */
  idField: string;
  id: string;
  /** How the item is read out: "image 2", "Studio Tee / M". */
  name: string;
  index: number;
  count: number;
}) {
  return (
    <div className="flex gap-1">
      {(['up', 'down'] as const).map((dir) => {
        const blocked = dir === 'up' ? index === 0 : index === count - 1;
        return (
          <ActionForm key={dir} intent={intent}>
            <input type="hidden" name={idField} value={id} />
            <input type="hidden" name="dir" value={dir} />
            <button
              type="submit"
              id={`${idField.replace(/Id$/, '')}-${id}-${dir}`}
              disabled={blocked}
              aria-label={`Move ${name} ${dir}`}
              title={`Move ${dir}`}
              className={cx(
                'grid size-8 place-items-center rounded-md text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600',
                'disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent',
              )}
            >
              <svg
                className="size-4"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                aria-hidden="true"
              >
                <path strokeLinecap="round" strokeLinejoin="round" d={arrows[dir]} />
              </svg>
            </button>
          </ActionForm>
        );
      })}
    </div>
  );
}

/**
 * After a move, the list redraws and its buttons travel with their rows: give the focus back to
 * the button that was pressed (or, at an end of the list, where it is disabled, to its sibling),
 * so a keyboard user can press it again.
 */
export function useMoveFocus(result: { focus?: string } | undefined) {
  const nav = useNavigation();
  useEffect(() => {
    if (nav.state !== 'idle' || !result?.focus) return;
    const pressed = document.getElementById(result.focus);
    const sibling = document.getElementById(
      result.focus.endsWith('-up')
        ? result.focus.replace(/-up$/, '-down')
        : result.focus.replace(/-down$/, '-up'),
    );
    const usable = pressed && !(pressed as unknown as { disabled: boolean }).disabled;
    (usable ? pressed : sibling)?.focus();
  }, [nav.state, result]);
}
