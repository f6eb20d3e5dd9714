import { Alert, Card, Checkbox, Field, Select } from '../ui.tsx';
import { EditorForm, FallbackSave, SaveState } from './editor-form.tsx';
import { useEditor } from './editor-state.tsx';
import { useEditorForm } from './use-editor-form.ts';

export interface ThemeOptions {
  themePresets: string[];
  buttonShapes: string[];
  fontStacks: string[];
}

const colorFields = [
  ['background', 'Background'],
  ['text', 'Text'],
  ['buttonBackground', 'Button'],
  ['buttonText', 'Button text'],
  ['accent', 'Accent'],
] as const;

/** Presets, buttons, font and colours: each change is saved to the draft and shows in the preview. */
export function ThemeCard({
  palettes,
  options,
}: {
  palettes: Record<string, Record<string, string>>;
  options: ThemeOptions;
}) {
  const { site } = useEditor().state;
  const theme = site.theme as {
    preset: string;
    colors: Record<string, string>;
    buttonShape: string;
    font: string;
    colorScheme: string;
  };
  const editor = useEditorForm({
    id: 'theme-form',
    intent: 'theme',
    autosave: true,
    // The colour pickers follow the preset until custom colours are set.
    storedValues: ({ site: s }) => {
      const t = s.theme as { preset: string; colors?: Record<string, string> };
      return Object.fromEntries(
        colorFields.map(([k]) => [`colors.${k}`, t.colors?.[k] ?? palettes[t.preset]?.[k] ?? '#4f46e5']),
      );
    },
  });
  const e = editor.errors;
  const palette = palettes[theme.preset] ?? {};
  return (
    <Card
      id="theme"
      title="Theme"
      description="Pick a preset, then fine-tune colours, buttons and font."
      actions={<SaveState status={editor.status} label="Theme" />}
    >
      <EditorForm editor={editor} intent="theme" className="space-y-5">
        {editor.result && !editor.result.ok ? <Alert>{editor.result.message}</Alert> : null}
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Preset</legend>
          <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {options.themePresets.map((p) => (
              <label
                key={p}
                className="flex cursor-pointer items-center gap-2 rounded-lg p-2 text-sm capitalize ring-1 ring-slate-200 has-[:checked]:bg-indigo-50 has-[:checked]:ring-2 has-[:checked]:ring-indigo-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600"
              >
                <input
                  type="radio"
                  name="preset"
                  value={p}
                  defaultChecked={theme.preset === p}
                  className="sr-only"
                />
                <PresetSwatch palette={palettes[p] ?? {}} />
                {p}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-3">
          <Select label="Buttons" name="buttonShape" defaultValue={theme.buttonShape} error={e.buttonShape}>
            {options.buttonShapes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
          <Select label="Font" name="font" defaultValue={theme.font} error={e.font}>
            {options.fontStacks.map((s) => (
              <option key={s} value={s}>
                {s.replace('system-', '')}
              </option>
            ))}
          </Select>
          <Select
            label="Colour scheme"
            name="colorScheme"
            defaultValue={theme.colorScheme}
            error={e.colorScheme}
          >
            <option value="auto">Follow visitor</option>
            <option value="light">Always light</option>
            <option value="dark">Always dark</option>
          </Select>
        </div>
        <fieldset className="space-y-3">
          <Checkbox
            label="Use custom colours"
            name="customColors"
            defaultChecked={Object.keys(theme.colors ?? {}).length > 0}
          />
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {colorFields.map(([k, label]) => (
              <Field
                key={k}
                label={label}
                name={`colors.${k}`}
                type="color"
                defaultValue={theme.colors?.[k] ?? palette[k] ?? '#4f46e5'}
                error={e[`colors.${k}`]}
              />
            ))}
          </div>
        </fieldset>
        <FallbackSave intent="theme">Save theme</FallbackSave>
      </EditorForm>
    </Card>
  );
}

function PresetSwatch({ palette: p }: { palette: Record<string, string> }) {
  return (
    <span
      aria-hidden="true"
      className="flex size-6 shrink-0 overflow-hidden rounded-full ring-1 ring-slate-300"
    >
      <span className="w-1/2" style={{ background: p.background ?? '#fff' }} />
      <span className="w-1/2" style={{ background: p.buttonBackground ?? p.accent ?? '#000' }} />
    </span>
  );
}
