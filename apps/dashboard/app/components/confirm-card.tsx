import type { ReactNode } from 'react';
import { ActionForm, Button, Card } from './ui.tsx';

/**
 * A card for a step that cannot be undone (delete, cancel): closed behind a red summary, it says what
 * will happen and asks once more with a danger button posting `intent`.
 */
export function ConfirmCard({
  title,
  summary,
  intent,
  confirmLabel,
  children,
}: {
  title: string;
  summary: string;
  intent: string;
  confirmLabel: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card title={title}>
      <details>
        <summary className="cursor-pointer text-sm font-semibold text-red-700 hover:underline">
          {summary}
        </summary>
        <div className="mt-3 space-y-3">
          <p className="text-sm text-slate-700">{children}</p>
          <ActionForm intent={intent}>
            <Button type="submit" variant="danger" intent={intent}>
              {confirmLabel}
            </Button>
          </ActionForm>
        </div>
      </details>
    </Card>
  );
}
