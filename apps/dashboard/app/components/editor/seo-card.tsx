import { Alert, Card, Checkbox, Field, TextArea } from '../ui.tsx';
import { EditorForm, FallbackSave, SaveState } from './editor-form.tsx';
import { useEditor } from './editor-state.tsx';
import { useEditorForm } from './use-editor-form.ts';

export function SeoCard() {
  const { site } = useEditor().state;
  const seo = site.seo as {
    title?: string;
    description?: string;
    ogImageUrl?: string;
    faviconUrl?: string;
    noindex?: boolean;
  };
  const settings = site.settings as { sensitive?: boolean; passQuery?: boolean };
  const editor = useEditorForm({
    id: 'seo-form',
    intent: 'seo',
    autosave: true,
    storedValues: ({ site: s }) => {
      const stored = s.seo as { ogImageUrl?: string; faviconUrl?: string };
      return { 'seo.ogImageUrl': stored.ogImageUrl ?? '', 'seo.faviconUrl': stored.faviconUrl ?? '' };
    },
  });
  const e = editor.errors;
  return (
    <Card
      id="seo"
      title="SEO and settings"
      description="How the page looks in search results and link previews."
      actions={<SaveState status={editor.status} label="SEO and settings" />}
    >
      <EditorForm editor={editor} intent="seo" className="space-y-4">
        {editor.result && !editor.result.ok ? <Alert>{editor.result.message}</Alert> : null}
        <Field
          label="Page title"
          id="seo-title"
          name="seo.title"
          defaultValue={seo.title ?? ''}
          maxLength={70}
          error={e['seo.title']}
          hint="Up to 70 characters; defaults to your name."
        />
        <TextArea
          label="Description"
          id="seo-description"
          name="seo.description"
          defaultValue={seo.description ?? ''}
          maxLength={200}
          rows={2}
          error={e['seo.description']}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Social image URL"
            id="seo-og-image"
            name="seo.ogImageUrl"
            type="url"
            inputMode="url"
            defaultValue={seo.ogImageUrl ?? ''}
            error={e['seo.ogImageUrl']}
          />
          <Field
            label="Favicon URL"
            id="seo-favicon"
            name="seo.faviconUrl"
            type="url"
            inputMode="url"
            defaultValue={seo.faviconUrl ?? ''}
            error={e['seo.faviconUrl']}
          />
        </div>
        <div className="space-y-2">
          <Checkbox
            label="Hide from search engines (noindex)"
            id="seo-noindex"
            name="seo.noindex"
            defaultChecked={seo.noindex ?? false}
          />
          <Checkbox
            label="Ask visitors to confirm they are 18+"
            id="settings-sensitive"
            name="settings.sensitive"
            defaultChecked={settings.sensitive ?? false}
          />
          <Checkbox
            label="Pass UTM parameters through links"
            id="settings-pass-query"
            name="settings.passQuery"
            defaultChecked={settings.passQuery ?? true}
          />
        </div>
        <FallbackSave intent="seo">Save SEO settings</FallbackSave>
      </EditorForm>
    </Card>
  );
}
