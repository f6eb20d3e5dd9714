import { blockTypes } from '@mewayz/contracts';
import { describe, expect, it } from 'vitest';
import { optionsOfKind } from './block-kinds.ts';

describe('options per block kind', () => {
  it('names every block kind of the contracts, and offers featured only where the renderer styles it', () => {
    for (const t of blockTypes) expect(optionsOfKind(t), t).toBeDefined();
    expect(blockTypes.filter((t) => optionsOfKind(t).featured)).toEqual(['link']);
    expect(optionsOfKind('divider')).toEqual({ featured: false, schedule: false, clicks: false });
    expect(optionsOfKind('social').clicks).toBe(true);
    expect(optionsOfKind('spacer').schedule).toBe(false);
    expect(optionsOfKind('text').schedule).toBe(true);
  });
});
