import { buttonShapes, embedProviders, fontStacks, socialNetworks, themePresets } from '@mewayz/contracts';
import { themePresetPalettes } from '@mewayz/render';

/** The option lists and preset swatches the editor's forms offer (contracts stay out of the browser bundle). */
export function editorOptions() {
  const palettes = Object.fromEntries(
    themePresets.map((p) => {
      const b = themePresetPalettes[p].base;
      return [
        p,
        {
          background: b.bg,
          text: b.text,
          buttonBackground: b.buttonBg,
          buttonText: b.buttonText,
          accent: b.accent,
        },
      ];
    }),
  ) as Record<string, Record<string, string>>;
  return {
    palettes,
    options: {
      socialNetworks: [...socialNetworks] as string[],
      embedProviders: [...embedProviders] as string[],
      themePresets: [...themePresets] as string[],
      buttonShapes: [...buttonShapes] as string[],
      fontStacks: [...fontStacks] as string[],
    },
  };
}
