import { buttonShapes, fontStacks, type Theme, themePresets } from '@mewayz/contracts';
import { describe, expect, test } from 'vitest';
import { contrastRatio, renderSitePage, resolveTheme, themePresetPalettes } from '../src/index.ts';
import { demo, elements, styleText, visit } from './fixtures.ts';

const theme = (patch: Partial<Theme>): Theme => ({
  preset: 'minimal',
  colors: {},
  buttonShape: 'rounded',
  font: 'system-sans',
  colorScheme: 'auto',
  ...patch,
});

async function cssFor(patch: Partial<Theme>) {
  const site = demo();
  site.theme = theme(patch);
  const { html } = await renderSitePage(site, visit());
  return { css: styleText(html), html };
}

const darkBlock = (css: string) =>
  /@media \(prefers-color-scheme:dark\)\{:root\{([^}]*)\}\}/.exec(css)?.[1] ?? null;

describe('presets', () => {
  test('every contract preset is implemented and gives distinct CSS', async () => {
    expect(Object.keys(themePresetPalettes).sort()).toEqual([...themePresets].sort());
    const css = await Promise.all(themePresets.map((preset) => cssFor({ preset }).then((r) => r.css)));
    expect(new Set(css).size).toBe(themePresets.length);
    const backgrounds = themePresets.map(
      (p) => `${themePresetPalettes[p].base.bg}/${themePresetPalettes[p].base.buttonBg}`,
    );
    expect(new Set(backgrounds).size).toBe(themePresets.length);
  });

  test('auto adds a dark variant where the preset has one; light and dark pin one palette', async () => {
    const auto = await cssFor({ preset: 'ocean', colorScheme: 'auto' });
    expect(darkBlock(auto.css)).toContain(`--bg:${themePresetPalettes.ocean.dark!.bg}`);
    expect(elements(auto.html, 'meta').find((m) => m.name === 'color-scheme')?.content).toBe('light dark');

    const light = await cssFor({ preset: 'ocean', colorScheme: 'light' });
    expect(darkBlock(light.css)).toBeNull();
    expect(light.css).toContain(`--bg:${themePresetPalettes.ocean.base.bg}`);

    const dark = await cssFor({ preset: 'ocean', colorScheme: 'dark' });
    expect(darkBlock(dark.css)).toBeNull();
    expect(dark.css).toContain(`--bg:${themePresetPalettes.ocean.dark!.bg}`);
    expect(elements(dark.html, 'meta').find((m) => m.name === 'color-scheme')?.content).toBe('dark');
  });

  test('at least six presets have a dark variant; the dark-only preset declares itself dark', async () => {
    expect(themePresets.filter((p) => themePresetPalettes[p].dark).length).toBeGreaterThanOrEqual(6);
    const midnight = await cssFor({ preset: 'midnight' });
    expect(darkBlock(midnight.css)).toBeNull();
    expect(elements(midnight.html, 'meta').find((m) => m.name === 'color-scheme')?.content).toBe('dark');
  });

  test.each(themePresets)('%s meets WCAG AA contrast for text, muted text, buttons and accents', (preset) => {
    const { base, dark } = themePresetPalettes[preset];
    for (const p of dark ? [base, dark] : [base]) {
      expect(contrastRatio(p.text, p.bg), 'text').toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.muted, p.bg), 'muted').toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.text, p.surface), 'text on cards').toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.buttonText, p.buttonBg), 'buttons').toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.onAccent, p.accent), 'featured').toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.accent, p.bg), 'links in text').toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.accent, p.surface), 'accent on cards').toBeGreaterThanOrEqual(3);
    }
  });
});

describe('custom colours, shapes and fonts', () => {
  test('overrides replace the preset colours and switch off the automatic dark variant', async () => {
    const { css } = await cssFor({
      preset: 'sunset',
      colors: { background: '#102030', text: '#F0F0F0', buttonBackground: '#ffcc00', accent: '#00ff88' },
    });
    expect(css).toContain('--bg:#102030');
    expect(css).toContain('--bgi:none');
    expect(css).toContain('--tx:#f0f0f0');
    expect(css).toContain('--bb:#ffcc00;--bt:#000000');
    expect(css).toContain('--ac:#00ff88');
    expect(css).toContain('--oa:#000000');
    expect(css).toContain('color-scheme:dark');
    expect(darkBlock(css)).toBeNull();
  });

  test('the three button shapes give different radii', async () => {
    const radii = await Promise.all(buttonShapes.map((buttonShape) => cssFor({ buttonShape })));
    const values = radii.map(({ css }) => /--r:([^;}]+)/.exec(css)?.[1]);
    expect(values).toEqual(['4px', '14px', '999px']);
  });

  test('the four system font stacks, no web fonts', async () => {
    const stacks = await Promise.all(fontStacks.map((font) => cssFor({ font })));
    const values = stacks.map(({ css }) => /--f:([^;}]+)/.exec(css)?.[1] ?? '');
    expect(new Set(values).size).toBe(4);
    expect(values[0]).toMatch(/^system-ui/);
    expect(values[1]).toMatch(/serif$/);
    expect(values[2]).toMatch(/monospace$/);
    expect(values[3]).toMatch(/^ui-rounded/);
    for (const { css } of stacks) expect(css).not.toMatch(/@font-face|@import|url\(/);
  });

  test('focus styles are visible and the column is capped near 680px', async () => {
    const { css } = await cssFor({});
    expect(css).toContain(':focus-visible{outline:3px solid var(--ac)');
    expect(css).toContain('max-width:680px');
  });

  test('resolveTheme tolerates a missing theme', () => {
    expect(resolveTheme(undefined).palette).toEqual(themePresetPalettes.minimal.base);
  });
});
