import { useActionData, useFetcher } from '@remix-run/react';
import { useEffect } from 'react';
import type { ListedBlock } from '../../lib/editor/listed-block.ts';
import type { EditorResult } from '../../lib/editor/result.ts';
import { BlockFields, BlockOptions } from '../block-fields.tsx';
import { Alert, Button, CsrfInput } from '../ui.tsx';
import { EditorForm, FallbackSave, SaveState } from './editor-form.tsx';
import { useEditor } from './editor-state.tsx';
import { useEditorForm } from './use-editor-form.ts';

/** Text fields of a block as stored (URLs normalised by the schema), to show after a save. */
function storedFields(block: ListedBlock | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(block?.data ?? {}))
    if (typeof v === 'string' || typeof v === 'number') out[`data.${k}`] = String(v);
  return out;
}

/** A block's fields, saved by themselves a moment after each change. */
export function BlockEditor({ block }: { block: ListedBlock }) {
  const editor = useEditorForm({
    id: `block-form-${block.id}`,
    intent: 'updateBlock',
    blockId: block.id,
    autosave: true,
    multipart: block.type === 'image',
    storedValues: (s) => storedFields(s.blocks.find((b) => b.id === block.id) as ListedBlock | undefined),
  });
  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <SaveState status={editor.status} label="Block" />
      </div>
      <EditorForm editor={editor} intent="updateBlock" blockId={block.id} className="space-y-4">
        {editor.result && !editor.result.ok ? <Alert>{editor.result.message}</Alert> : null}
        <input type="hidden" name="type" value={block.type} />
        <BlockFields type={block.type} id={block.id} data={block.data} errors={editor.errors} />
        <BlockOptions id={block.id} type={block.type} block={block} errors={editor.errors} />
        <FallbackSave intent="updateBlock">Save block</FallbackSave>
      </EditorForm>
      <DeleteBlock id={block.id} />
    </div>
  );
}

/** One fetcher for every delete, so its answer outlives the deleted row (see `DeletedNotice`). */
export const deleteFetcherKey = 'delete-block';

function DeleteBlock({ id }: { id: string }) {
  const fetcher = useFetcher<EditorResult>({ key: deleteFetcherKey });
  return (
    <fetcher.Form method="post">
      <CsrfInput />
      <input type="hidden" name="_intent" value="deleteBlock" />
      <input type="hidden" name="blockId" value={id} />
      <Button type="submit" variant="danger" size="sm" pending={false}>
        Delete block
      </Button>
    </fetcher.Form>
  );
}

/** "Block deleted." (or why not) above the list, and the state after the delete. */
export function DeletedNotice() {
  const fetcher = useFetcher<EditorResult>({ key: deleteFetcherKey });
  const actionData = useActionData<EditorResult>();
  const { apply } = useEditor();
  useEffect(() => apply(fetcher.data?.state), [fetcher.data, apply]);
  const result = fetcher.data ?? (actionData?.intent === 'deleteBlock' ? actionData : undefined);
  if (!result || fetcher.state !== 'idle') return null;
  return <Alert tone={result.ok ? 'success' : 'error'}>{result.message}</Alert>;
}
