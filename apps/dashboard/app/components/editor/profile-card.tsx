import { mediaPath } from '../../lib/editor/media-path.ts';
import { AiAssist } from '../ai-assist.tsx';
import { Alert, Card, Checkbox, Field, TextArea } from '../ui.tsx';
import { EditorForm, FallbackSave, SaveState } from './editor-form.tsx';
import { useEditor } from './editor-state.tsx';
import { useEditorForm } from './use-editor-form.ts';

export function ProfileCard() {
  const { site } = useEditor().state;
  const editor = useEditorForm({ id: 'profile-form', intent: 'profile', autosave: true, multipart: true });
  const e = editor.errors;
  return (
    <Card
      id="profile"
      title="Profile"
      description="Your name, bio and picture at the top of the page."
      actions={<SaveState status={editor.status} label="Profile" />}
    >
      <EditorForm editor={editor} intent="profile" className="space-y-4">
        {editor.result && !editor.result.ok ? <Alert>{editor.result.message}</Alert> : null}
        <div className="flex items-center gap-4">
          {site.avatarUrl ? (
            <img
              src={mediaPath(site.avatarUrl)}
              alt="Current avatar"
              className="size-16 shrink-0 rounded-full object-cover ring-1 ring-slate-200"
            />
          ) : (
            <span
              aria-hidden="true"
              className="grid size-16 shrink-0 place-items-center rounded-full bg-gradient-to-br from-indigo-500 to-fuchsia-500 text-xl font-semibold text-white"
            >
              {site.name.slice(0, 1).toUpperCase()}
            </span>
          )}
          <div className="min-w-0 flex-1">
            <Field
              label="Avatar"
              name="avatar"
              type="file"
              accept="image/png,image/jpeg,image/webp,image/gif"
              error={e.avatar}
              hint="PNG, JPEG, WebP or GIF, up to 2 MB."
            />
            {site.avatarUrl ? (
              <Checkbox className="mt-2" label="Remove the avatar" name="removeAvatar" />
            ) : null}
          </div>
        </div>
        <Field label="Name" name="name" defaultValue={site.name} required error={e.name} />
        <TextArea
          label="Bio"
          name="bio"
          defaultValue={site.bio ?? ''}
          rows={3}
          maxLength={500}
          error={e.bio}
        />
        <FallbackSave intent="profile">Save profile</FallbackSave>
      </EditorForm>
      <div className="mt-4">
        <AiAssist
          task="bio"
          title="Write my bio with AI"
          targetId="f-bio"
          defaultBrief={site.name}
          current={site.bio}
        />
      </div>
    </Card>
  );
}
