import type { Theme } from '@mewayz/contracts';
import { hexColorOrNull } from './safe-values.ts';

/** The colours a page is painted with; every key becomes one CSS custom property. */
export interface Palette {
  /** Page background colour. */
  bg: string;
  /** Optional gradient drawn over the background colour. */
  bgImage: string | null;
  text: string;
  /** Secondary text (bio, captions); AA against `bg`. */
  muted: string;
  buttonBg: string;
  buttonText: string;
  buttonBorder: string;
  /** Featured buttons, links in text, focus rings. */
  accent: string;
  /** Text on `accent`. */
  onAccent: string;
  /** Cards (signup form, embeds) drawn on the background. */
  surface: string;
  dark: boolean;
}

/** A preset: its own palette, plus the palette `auto` switches to when the visitor prefers dark. */
export interface ThemePreset {
  base: Palette;
  dark: Palette | null;
}

const light = (p: Omit<Palette, 'dark'>): Palette => ({ ...p, dark: false });
const dark = (p: Omit<Palette, 'dark'>): Palette => ({ ...p, dark: true });

/** Every preset of the contract's `themePresets`, with AA contrast for text and buttons. */
export const themePresetPalettes: Record<Theme['preset'], ThemePreset> = {
  minimal: {
    base: light({
      bg: '#ffffff',
      bgImage: null,
      text: '#111827',
      muted: '#4b5563',
      buttonBg: '#f3f4f6',
      buttonText: '#111827',
      buttonBorder: '#e5e7eb',
      accent: '#4338ca',
      onAccent: '#ffffff',
      surface: '#f9fafb',
    }),
    dark: dark({
      bg: '#0b0f17',
      bgImage: null,
      text: '#f3f4f6',
      muted: '#a1a9b8',
      buttonBg: '#1a2030',
      buttonText: '#f3f4f6',
      buttonBorder: '#2a3244',
      accent: '#a5b4fc',
      onAccent: '#111827',
      surface: '#131926',
    }),
  },
  midnight: {
    base: dark({
      bg: '#0f172a',
      bgImage: 'radial-gradient(circle at 50% -20%,#1e3a8a 0,#0f172a 60%)',
      text: '#e2e8f0',
      muted: '#a3b1c6',
      buttonBg: '#1e293b',
      buttonText: '#f8fafc',
      buttonBorder: '#334155',
      accent: '#38bdf8',
      onAccent: '#0f172a',
      surface: '#162033',
    }),
    dark: null,
  },
  sunset: {
    base: light({
      bg: '#ffe8d6',
      bgImage: 'linear-gradient(165deg,#fff1e6 0,#ffd6c2 55%,#fbc4c4 100%)',
      text: '#3b1d14',
      muted: '#6b3a2a',
      buttonBg: '#c2410c',
      buttonText: '#ffffff',
      buttonBorder: '#c2410c',
      accent: '#7c2d12',
      onAccent: '#ffffff',
      surface: '#fff5ee',
    }),
    dark: dark({
      bg: '#1c0f0a',
      bgImage: 'linear-gradient(165deg,#2b1610 0,#1c0f0a 60%,#26101a 100%)',
      text: '#ffedd5',
      muted: '#fdba74',
      buttonBg: '#fb923c',
      buttonText: '#1c0f0a',
      buttonBorder: '#fb923c',
      accent: '#fed7aa',
      onAccent: '#1c0f0a',
      surface: '#2a1711',
    }),
  },
  forest: {
    base: light({
      bg: '#eef3ea',
      bgImage: null,
      text: '#14281d',
      muted: '#3f5a47',
      buttonBg: '#1f5135',
      buttonText: '#ffffff',
      buttonBorder: '#1f5135',
      accent: '#a0471c',
      onAccent: '#ffffff',
      surface: '#f7faf5',
    }),
    dark: dark({
      bg: '#0d1a13',
      bgImage: null,
      text: '#e3efe6',
      muted: '#a3c2ad',
      buttonBg: '#86c79c',
      buttonText: '#0d1a13',
      buttonBorder: '#86c79c',
      accent: '#f2b48c',
      onAccent: '#0d1a13',
      surface: '#142419',
    }),
  },
  ocean: {
    base: light({
      bg: '#e6f3fa',
      bgImage: 'linear-gradient(180deg,#f0f9ff 0,#d4ebf7 100%)',
      text: '#0b2a3c',
      muted: '#30566b',
      buttonBg: '#0369a1',
      buttonText: '#ffffff',
      buttonBorder: '#0369a1',
      accent: '#0f766e',
      onAccent: '#ffffff',
      surface: '#f5fbfe',
    }),
    dark: dark({
      bg: '#07202e',
      bgImage: 'linear-gradient(180deg,#0a2a3c 0,#061821 100%)',
      text: '#e0f2fe',
      muted: '#93c5e4',
      buttonBg: '#38bdf8',
      buttonText: '#062233',
      buttonBorder: '#38bdf8',
      accent: '#5eead4',
      onAccent: '#062233',
      surface: '#0c2c3e',
    }),
  },
  candy: {
    base: light({
      bg: '#fde2f3',
      bgImage: 'linear-gradient(150deg,#ffe4f1 0,#f3e1ff 50%,#dff1ff 100%)',
      text: '#3d1240',
      muted: '#6d2a6b',
      buttonBg: '#ffffff',
      buttonText: '#9d174d',
      buttonBorder: '#ffffff',
      accent: '#be185d',
      onAccent: '#ffffff',
      surface: '#fff7fb',
    }),
    dark: dark({
      bg: '#1f0b1e',
      bgImage: 'linear-gradient(150deg,#2a0f27 0,#1d0c2b 100%)',
      text: '#fce7f3',
      muted: '#f5b8e0',
      buttonBg: '#3a1638',
      buttonText: '#fce7f3',
      buttonBorder: '#5b2457',
      accent: '#f472b6',
      onAccent: '#1f0b1e',
      surface: '#2b1029',
    }),
  },
  mono: {
    base: light({
      bg: '#ffffff',
      bgImage: null,
      text: '#000000',
      muted: '#404040',
      buttonBg: '#ffffff',
      buttonText: '#000000',
      buttonBorder: '#000000',
      accent: '#000000',
      onAccent: '#ffffff',
      surface: '#ffffff',
    }),
    dark: dark({
      bg: '#000000',
      bgImage: null,
      text: '#ffffff',
      muted: '#c2c2c2',
      buttonBg: '#000000',
      buttonText: '#ffffff',
      buttonBorder: '#ffffff',
      accent: '#ffffff',
      onAccent: '#000000',
      surface: '#000000',
    }),
  },
  paper: {
    base: light({
      bg: '#f7f3ea',
      bgImage: null,
      text: '#2b2620',
      muted: '#5c5347',
      buttonBg: '#fffdf8',
      buttonText: '#2b2620',
      buttonBorder: '#d9d0bf',
      accent: '#8a3b12',
      onAccent: '#ffffff',
      surface: '#fffdf8',
    }),
    dark: dark({
      bg: '#1d1b17',
      bgImage: null,
      text: '#ede6d8',
      muted: '#b8ad99',
      buttonBg: '#2a2721',
      buttonText: '#ede6d8',
      buttonBorder: '#3d3830',
      accent: '#e0a77a',
      onAccent: '#1d1b17',
      surface: '#26231e',
    }),
  },
};

/** CSS font stacks for the contract's `fontStacks`: system fonts only, so no font is ever downloaded. */
export const fontStackCss: Record<Theme['font'], string> = {
  'system-sans': 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif',
  'system-serif': 'ui-serif,"Iowan Old Style","Palatino Linotype",Palatino,Georgia,Cambria,serif',
  'system-mono': 'ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace',
  'system-rounded':
    'ui-rounded,"SF Pro Rounded","Arial Rounded MT Bold",Nunito,Quicksand,Comfortaa,system-ui,sans-serif',
};

/** Corner radii (buttons, then cards and media) for the contract's `buttonShapes`. */
export const shapeRadiiCss: Record<Theme['buttonShape'], { button: string; card: string }> = {
  square: { button: '4px', card: '4px' },
  rounded: { button: '14px', card: '16px' },
  pill: { button: '999px', card: '26px' },
};

function pick<T>(table: Record<string, T>, key: unknown, fallback: string): T {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key]! : table[fallback]!;
}

/** Relative luminance per WCAG 2.x of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function readableOn(color: string): string {
  return contrastRatio(color, '#000000') >= contrastRatio(color, '#ffffff') ? '#000000' : '#ffffff';
}

/** The creator's colour overrides applied to a palette; values are re-validated, so a bad one is ignored. */
export function applyColorOverrides(palette: Palette, colors: Theme['colors'] | undefined): Palette {
  const next = { ...palette };
  const background = hexColorOrNull(colors?.background);
  const text = hexColorOrNull(colors?.text);
  const buttonBackground = hexColorOrNull(colors?.buttonBackground);
  const buttonText = hexColorOrNull(colors?.buttonText);
  const accent = hexColorOrNull(colors?.accent);
  if (background) {
    next.bg = background;
    next.surface = background;
    next.bgImage = null;
    next.dark = relativeLuminance(background) < 0.18;
  }
  if (text) {
    next.text = text;
    // The preset's muted tone was chosen against the preset's background; the creator's text colour is
    // the only secondary colour known to work with the creator's own background.
    next.muted = text;
  }
  if (buttonBackground) {
    next.buttonBg = buttonBackground;
    next.buttonBorder = buttonBackground;
    if (!buttonText) next.buttonText = readableOn(buttonBackground);
  }
  if (buttonText) next.buttonText = buttonText;
  if (accent) {
    next.accent = accent;
    next.onAccent = readableOn(accent);
  }
  return next;
}

function hasOverrides(colors: Theme['colors'] | undefined): boolean {
  return Object.values(colors ?? {}).some((c) => hexColorOrNull(c) !== null);
}

/** What a theme resolves to: the palette(s) to paint, the font and the button radius. */
export interface ResolvedTheme {
  palette: Palette;
  /** Palette for `prefers-color-scheme: dark`, when the theme follows the visitor. */
  darkPalette: Palette | null;
  font: string;
  radius: { button: string; card: string };
}

/**
 * Resolve a site theme. Unknown preset/font/shape values (an older or hand-edited snapshot) fall back to
 * the defaults. Custom colours turn the automatic dark variant off: the creator picked the colours and
 * an automatic swap would undo that choice and could break its contrast.
 */
export function resolveTheme(theme: Partial<Theme> | undefined): ResolvedTheme {
  const preset = pick(themePresetPalettes, theme?.preset, 'minimal');
  const scheme = theme?.colorScheme ?? 'auto';
  const start = scheme === 'dark' ? (preset.dark ?? preset.base) : preset.base;
  const palette = applyColorOverrides(start, theme?.colors);
  const darkPalette = scheme === 'auto' && !hasOverrides(theme?.colors) ? preset.dark : null;
  return {
    palette,
    darkPalette,
    font: pick(fontStackCss, theme?.font, 'system-sans'),
    radius: pick(shapeRadiiCss, theme?.buttonShape, 'rounded'),
  };
}

function paletteVars(p: Palette): string {
  return (
    `--bg:${p.bg};--bgi:${p.bgImage ?? 'none'};--tx:${p.text};--mu:${p.muted};--bb:${p.buttonBg};` +
    `--bt:${p.buttonText};--bd:${p.buttonBorder};--ac:${p.accent};--oa:${p.onAccent};--sf:${p.surface};` +
    `color-scheme:${p.dark ? 'dark' : 'light'}`
  );
}

/** The theme's custom properties as CSS (`:root{…}` plus a dark media query when the theme has one). */
export function themeCss(resolved: ResolvedTheme): string {
  const { button, card } = resolved.radius;
  let css = `:root{${paletteVars(resolved.palette)};--f:${resolved.font};--r:${button};--rc:${card}}`;
  if (resolved.darkPalette) {
    css += `@media (prefers-color-scheme:dark){:root{${paletteVars(resolved.darkPalette)}}}`;
  }
  return css;
}

/** Value for `<meta name="color-scheme">`. */
export function colorSchemeMeta(resolved: ResolvedTheme): string {
  if (resolved.darkPalette) return 'light dark';
  return resolved.palette.dark ? 'dark' : 'light';
}
