import { Link, useSearchParams } from '@remix-run/react';
import { blockLabels } from '../../lib/editor/block-labels.ts';
import { BlockFields, BlockOptions } from '../block-fields.tsx';
import { Button, Card, cx } from '../ui.tsx';
import { EditorForm, ResultNotice } from './editor-form.tsx';
import { useEditorForm } from './use-editor-form.ts';

/** Pick a kind, fill it in: the block is appended and shows in the list and preview at once. */
export function AddBlock() {
  const [params] = useSearchParams();
  const type = params.get('add') ?? 'link';
  const editor = useEditorForm({
    id: 'add-block',
    intent: 'addBlock',
    multipart: type === 'image',
    resetOnSuccess: true,
  });
  return (
    <Card
      id="add"
      title="Add a block"
      description="Choose a kind of block, fill it in, and it is appended to the page."
    >
      <nav className="mb-4 flex flex-wrap gap-2" aria-label="Block kind">
        {Object.entries(blockLabels).map(([t, label]) => (
          <Link
            key={t}
            to={`?add=${t}#add-block`}
            replace
            preventScrollReset
            aria-current={t === type ? 'true' : undefined}
            className={cx(
              'rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-indigo-600',
              t === type
                ? 'bg-indigo-600 text-white ring-indigo-600'
                : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50',
            )}
          >
            {label}
          </Link>
        ))}
      </nav>
      <EditorForm editor={editor} intent="addBlock" className="space-y-4" key={type}>
        <ResultNotice result={editor.result} />
        <input type="hidden" name="type" value={type} />
        <BlockFields type={type} id="new" errors={editor.errors} />
        <BlockOptions id="new" type={type} errors={editor.errors} />
        <Button type="submit" pending={editor.busy}>
          Add {blockLabels[type]?.toLowerCase() ?? 'block'}
        </Button>
      </EditorForm>
    </Card>
  );
}
