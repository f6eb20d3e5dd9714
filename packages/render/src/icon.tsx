import type { Glyph } from './icons.ts';

/** An inline, decorative SVG glyph (the surrounding link or button carries the accessible name). */
export function Icon({ glyph, size = 24 }: { glyph: Glyph; size?: number }) {
  return (
    <svg class="i" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      {glyph.stroke ? <path d={glyph.stroke} /> : null}
      {glyph.fill ? <path class="f" d={glyph.fill} /> : null}
    </svg>
  );
}
